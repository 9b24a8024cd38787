package org.salesengine.table.model;

import java.util.List;
import java.util.Optional;

/**
 * A table of one engine, renderer-neutral and immutable: what the text, CSV, SVG and PNG writers show, and what an
 * SWT table can show, since every header and cell knows the elements it stands for. Every row has one cell per
 * column, in column order.
 */
public record Table(TableKind kind, String engineName, String engineTitle, List<TableColumn> columns, List<TableRow> rows,
		List<String> viewLines, TableScenario scenario) {

	public Table(TableKind kind, String engineName, String engineTitle, List<TableColumn> columns, List<TableRow> rows) {
		this(kind, engineName, engineTitle, columns, rows, List.of());
	}

	/** A table of the engine as written ({@code scenario} null). */
	public Table(TableKind kind, String engineName, String engineTitle, List<TableColumn> columns, List<TableRow> rows,
			List<String> viewLines) {
		this(kind, engineName, engineTitle, columns, rows, viewLines, null);
	}

	/** The same table, of a scenario's copy: its changed cells marked. */
	public Table withScenario(TableScenario changes) {
		return new Table(kind, engineName, engineTitle, columns, rows, viewLines, changes);
	}

	public Table {
		viewLines = List.copyOf(viewLines);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (TableRow row : rows) {
			if (row.cells().size() != columns.size()) {
				throw new IllegalArgumentException("row " + row.id() + " has " + row.cells().size() + " cells for " + columns.size() + " columns");
			}
		}
	}

	/** The id of the table, also its file name stem: {@code AcmeEmea-alignment}. */
	public String id() {
		return engineName + "-" + kind.cliName();
	}

	/** The title written over the table: {@code Acme Analytics EMEA: alignment}. */
	public String title() {
		return engineTitle + ": " + kind.cliName();
	}

	/**
	 * The line under the title: what the table shows, for a view what the view keeps and leaves out, and the scenario
	 * it shows.
	 */
	public String subtitle() {
		String subtitle = viewLines.isEmpty() ? kind.description() : kind.description() + " · " + String.join(" · ", viewLines);
		return scenario == null ? subtitle : subtitle + " · scenario " + scenario.name();
	}

	public Optional<TableRow> row(String id) {
		return rows.stream().filter(row -> row.id().equals(id)).findFirst();
	}

	public int columnIndex(String id) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	public Optional<TableColumn> column(String id) {
		int index = columnIndex(id);
		return index < 0 ? Optional.empty() : Optional.of(columns.get(index));
	}

	/** The cell of a row and a column, by their ids. */
	public Optional<TableCell> cell(String rowId, String columnId) {
		int index = columnIndex(columnId);
		return index < 0 ? Optional.empty() : row(rowId).map(row -> row.cells().get(index));
	}
}
