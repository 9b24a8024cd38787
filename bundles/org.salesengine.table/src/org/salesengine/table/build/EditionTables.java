package org.salesengine.table.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.salesengine.diagram.build.Formulas;
import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.Kpi;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/**
 * Edition tables: a row per element, a column per property, each value written as the .sales file writes it (12,
 * 6 months, 140k, 50/50, 40%), so that an editor can later write a cell back through the value converters. Read-only
 * here.
 */
final class EditionTables {
	private EditionTables() {
	}

	static Table roles(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = properties(EnginePillar.STRUCTURE, "headcount", "ramp", "carries quota", "reports to");
		columns.addAll(properties(EnginePillar.COMPENSATION, "plan", "OTE", "mix"));
		List<TableRow> rows = new ArrayList<>();
		for (Role role : engine.roles()) {
			List<Plan> plans = engine.plansFor(role);
			List<TableCell> cells = List.of(
					Cells.setting(role, "headcount", role.getHeadcount() == null ? null : role.getHeadcount().toString()),
					ramp(role),
					Cells.setting(role, "carriesQuota", role.isCarriesQuota() ? "yes" : "no"),
					Cells.reference(role, "reportsTo", role.getReportsTo()),
					Cells.naming(plans, marks),
					planSetting(plans, "onTargetEarnings", plan -> Cells.amount(plan.getOnTargetEarnings())),
					planSetting(plans, "mix", EditionTables::mix));
			rows.add(Headers.row(role, EnginePillar.STRUCTURE, marks, cells));
		}
		return new Table(TableKind.ROLES, engine.name(), engine.displayName(), columns, rows);
	}

	static Table kpis(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = properties(EnginePillar.COMPENSATION, "unit", "signal", "target");
		columns.addAll(properties(EnginePillar.STRUCTURE, "owner"));
		columns.addAll(properties(EnginePillar.STRATEGY, "supports"));
		columns.addAll(properties(EnginePillar.COMPENSATION, "formula"));
		List<TableRow> rows = new ArrayList<>();
		for (Kpi kpi : engine.kpis()) {
			List<TableCell> cells = List.of(
					Cells.setting(kpi, "unit", kpi.isSetUnit() ? kpi.getUnit().getLiteral() : null),
					Cells.setting(kpi, "signal", kpi.isSetSignal() ? kpi.getSignal().getLiteral() : null),
					Cells.setting(kpi, "target", Values.target(kpi)),
					Cells.reference(kpi, "owner", kpi.getOwner()),
					Cells.reference(kpi, "supports", kpi.getSupports()),
					Cells.setting(kpi, "formula", kpi.getFormula() == null ? null : Formulas.text(kpi.getFormula())));
			rows.add(Headers.row(kpi, EnginePillar.COMPENSATION, marks, cells));
		}
		return new Table(TableKind.KPI_TABLE, engine.name(), engine.displayName(), columns, rows);
	}

	static Table stages(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = properties(EnginePillar.STRUCTURE, "process", "owner", "exit criterion", "conversion", "duration");
		List<TableRow> rows = new ArrayList<>();
		for (SalesProcess process : engine.processes()) {
			for (Stage stage : process.getStages()) {
				List<TableCell> cells = List.of(
						Cells.naming(List.of(process), marks),
						Cells.reference(stage, "owner", stage.getOwner()),
						Cells.setting(stage, "exitCriterion", stage.getExitCriterion()),
						Cells.setting(stage, "conversion", Cells.percent(stage.getConversion())),
						Cells.setting(stage, "duration", Values.duration(stage.getDuration())));
				rows.add(Headers.row(stage, EnginePillar.STRUCTURE, marks, cells));
			}
		}
		return new Table(TableKind.STAGES, engine.name(), engine.displayName(), columns, rows);
	}

	private static List<TableColumn> properties(EnginePillar pillar, String... labels) {
		List<TableColumn> columns = new ArrayList<>();
		for (String label : labels) {
			columns.add(TableColumn.property(label, pillar));
		}
		return columns;
	}

	/** "6 months", or a schedule as written: "25%, 50%, 75% by month". */
	private static TableCell ramp(Role role) {
		if (role.getRamp() != null) {
			return Cells.setting(role, "ramp", Values.duration(role.getRamp()));
		}
		if (role.getRampSchedule().isEmpty()) {
			return Cells.setting(role, "ramp", null);
		}
		String schedule = String.join(TableCell.SEPARATOR, role.getRampSchedule().stream().map(Values::percent).toList());
		String basis = role.isSetRampBasis() ? " by " + role.getRampBasis().getLiteral() : "";
		return Cells.setting(role, "rampSchedule", schedule + basis);
	}

	/** A setting of the plans that pay a role (usually one), held by the first of them. */
	private static TableCell planSetting(List<Plan> plans, String property, Function<Plan, String> setting) {
		if (plans.isEmpty()) {
			return TableCell.EMPTY;
		}
		List<String> values = plans.stream().map(setting).map(value -> value == null ? "" : value).toList();
		return TableCell.list(values.stream().allMatch(String::isEmpty) ? List.of() : values, Cells.ids(plans), property, null);
	}

	/** "50/50", as the plan writes it; the shares are plain numbers. */
	private static String mix(Plan plan) {
		if (plan.getMixBase() == null || plan.getMixIncentive() == null) {
			return null;
		}
		return Amounts.plain(plan.getMixBase()) + "/" + Amounts.plain(plan.getMixIncentive());
	}
}
