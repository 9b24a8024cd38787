package org.salesengine.table.build;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/**
 * Who does what, the RACI consultants draw by hand: a row per role, with the stages it owns, the behaviors expected
 * of it, the rituals it leads and attends, the plans that pay it, the KPIs it owns and its quota.
 */
final class AccountabilityTable {
	private AccountabilityTable() {
	}

	static Table build(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = List.of(
				TableColumn.property("stages owned", EnginePillar.STRUCTURE),
				TableColumn.property("behaviors expected", EnginePillar.CULTURE),
				TableColumn.property("rituals led", EnginePillar.CULTURE),
				TableColumn.property("rituals attended", EnginePillar.CULTURE),
				TableColumn.property("plans", EnginePillar.COMPENSATION),
				TableColumn.property("KPIs owned", EnginePillar.COMPENSATION),
				TableColumn.property("quota", EnginePillar.COMPENSATION));
		List<Stage> stages = engine.processes().stream().flatMap(process -> process.getStages().stream()).toList();
		List<TableRow> rows = new ArrayList<>();
		for (Role role : engine.roles()) {
			List<Plan> plans = engine.plansFor(role);
			List<TableCell> cells = List.of(
					Cells.naming(stages.stream().filter(stage -> stage.getOwner() == role).toList(), marks),
					Cells.naming(engine.behaviors().stream().filter(b -> b.getExpectedOf().contains(role)).toList(), marks),
					Cells.naming(engine.rituals().stream().filter(r -> r.getLedBy().contains(role)).toList(), marks),
					Cells.naming(engine.rituals().stream().filter(r -> r.getAttendedBy().contains(role)).toList(), marks),
					Cells.naming(plans, marks),
					Cells.naming(engine.kpis().stream().filter(kpi -> kpi.getOwner() == role).toList(), marks),
					quota(role, plans, marks));
			rows.add(Headers.row(role, EnginePillar.STRUCTURE, marks, cells));
		}
		return new Table(TableKind.ACCOUNTABILITY, engine.name(), engine.displayName(), columns, rows);
	}

	/**
	 * The quotas of the measures that pay the role ("NewARR 1.1M"); "carries quota" for a quota-carrying role whose
	 * plans set none (or that no plan pays).
	 */
	private static TableCell quota(Role role, List<Plan> plans, FindingMarks marks) {
		List<String> parts = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Plan plan : plans) {
			for (Measure measure : plan.getMeasures()) {
				if (measure.periodQuota() != null) {
					parts.add(ElementIds.measuredKpiName(measure) + " " + Values.quota(measure));
					ids.add(ElementIds.of(measure));
				}
			}
		}
		if (parts.isEmpty()) {
			return role.isCarriesQuota() ? Cells.setting(role, "carriesQuota", "carries quota") : TableCell.EMPTY;
		}
		return TableCell.list(parts, ids, "quota", marks.about(ids));
	}
}
