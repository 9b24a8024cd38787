package org.salesengine.table.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/**
 * Objectives × KPIs: is each objective measured, and is what measures it reviewed, paid and driven by a behavior? A
 * row per objective, top priority first, with its priority; a column per KPI, marked where the KPI supports the objective; then one
 * summary column per pillar link of the objective's KPIs: the rituals that review them, the plans that pay on them
 * (with the weight they carry in the plan), the behaviors they indicate.
 */
final class AlignmentTable {
	static final String PRIORITY = "priority";
	static final String REVIEWED_IN = "reviewed in";
	static final String PAID_BY = "paid by";
	static final String INDICATOR_OF = "indicator of";

	private AlignmentTable() {
	}

	static Table build(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = new ArrayList<>();
		columns.add(TableColumn.property(PRIORITY, EnginePillar.STRATEGY));
		for (Kpi kpi : engine.kpis()) {
			columns.add(Headers.column(kpi, EnginePillar.COMPENSATION, marks));
		}
		columns.add(TableColumn.property(REVIEWED_IN, EnginePillar.CULTURE));
		columns.add(TableColumn.property(PAID_BY, EnginePillar.COMPENSATION));
		columns.add(TableColumn.property(INDICATOR_OF, EnginePillar.CULTURE));
		List<TableRow> rows = new ArrayList<>();
		for (Objective objective : engine.objectivesByPriority()) {
			List<Kpi> supporting = engine.kpisSupporting(objective);
			List<TableCell> cells = new ArrayList<>();
			cells.add(Cells.setting(objective, "priority", objective.getPriority() == null ? null : objective.getPriority().toString()));
			for (Kpi kpi : engine.kpis()) {
				cells.add(TableCell.link(supporting.contains(kpi), ElementIds.of(kpi), "supports"));
			}
			cells.add(Cells.naming(engine.rituals().stream().filter(r -> r.getReviews().stream().anyMatch(supporting::contains)).toList(), marks));
			cells.add(paidBy(engine, supporting, marks));
			cells.add(Cells.naming(engine.behaviors().stream().filter(b -> b.getIndicators().stream().anyMatch(supporting::contains)).toList(), marks));
			rows.add(Headers.row(objective, EnginePillar.STRATEGY, marks, cells));
		}
		return new Table(TableKind.ALIGNMENT, engine.name(), engine.displayName(), columns, rows);
	}

	/** Priority 1 first; objectives without a priority last; text order among equals (the sort is stable). */
	/**
	 * "AEPlan 100%, SDRPlan 100%": each plan with measures on the objective's KPIs, and the share of the plan's
	 * incentive they weigh together (left out when no measure has a weight).
	 */
	private static TableCell paidBy(WholeEngine engine, List<Kpi> supporting, FindingMarks marks) {
		List<String> parts = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			List<Measure> paying = plan.getMeasures().stream().filter(m -> supporting.contains(m.getKpi())).toList();
			if (paying.isEmpty()) {
				continue;
			}
			BigDecimal weight = paying.stream().map(Measure::getWeight).filter(w -> w != null).reduce(BigDecimal::add).orElse(null);
			parts.add(Values.name(plan) + (weight == null ? "" : " " + Amounts.exactPercent(weight)));
			ids.add(ElementIds.of(plan));
			paying.forEach(measure -> ids.add(ElementIds.of(measure)));
		}
		return TableCell.list(parts, ids, "", marks.about(ids));
	}
}
