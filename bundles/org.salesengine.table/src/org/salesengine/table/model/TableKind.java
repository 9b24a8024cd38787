package org.salesengine.table.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tables of an engine, with the names the command line and file names use. Cross tables put elements on both
 * axes (a cell per relationship); edition tables put one element per row and its properties in the columns.
 */
public enum TableKind {
	ALIGNMENT("alignment", true, "objective", "objectives × KPIs: marked where the KPI supports the objective"),
	KPI_GOVERNANCE("kpi-governance", true, "KPI", "KPIs × rituals (marked where the ritual reviews the KPI) and plans (the weight of the measure)"),
	ACCOUNTABILITY("accountability", true, "role", "roles: what each role owns, is expected to do, leads, attends and is paid on"),
	ROLES("roles", false, "role", "roles and their settings"),
	KPI_TABLE("kpi-table", false, "KPI", "KPIs and their settings"),
	STAGES("stages", false, "stage", "sales stages and their settings");

	private final String cliName;
	private final boolean cross;
	private final String rowHeading;
	private final String description;

	TableKind(String cliName, boolean cross, String rowHeading, String description) {
		this.cliName = cliName;
		this.cross = cross;
		this.rowHeading = rowHeading;
		this.description = description;
	}

	public String cliName() {
		return cliName;
	}

	/** True for cross tables (elements on both axes), false for edition tables (properties in the columns). */
	public boolean cross() {
		return cross;
	}

	/** The heading over the rows' names: what one row is. */
	public String rowHeading() {
		return rowHeading;
	}

	/** One line on what the table shows, under its title. */
	public String description() {
		return description;
	}

	public static Optional<TableKind> byCliName(String name) {
		return Arrays.stream(values()).filter(kind -> kind.cliName.equals(name)).findFirst();
	}

	public static List<String> cliNames() {
		return Arrays.stream(values()).map(TableKind::cliName).toList();
	}
}
