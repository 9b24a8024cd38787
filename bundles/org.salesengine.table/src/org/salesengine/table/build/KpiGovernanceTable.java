package org.salesengine.table.build;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/**
 * KPIs × rituals and plans: is every KPI reviewed somewhere, paid by whom and with which weight, owned by a role,
 * and does it say whether it leads or lags and what it aims at? A row per KPI; a column per ritual (x where it
 * reviews the KPI), per plan (the weight of its measure on the KPI), then owner, signal and target.
 */
final class KpiGovernanceTable {
	private KpiGovernanceTable() {
	}

	static Table build(WholeEngine engine, FindingMarks marks) {
		List<TableColumn> columns = new ArrayList<>();
		engine.rituals().forEach(ritual -> columns.add(Headers.column(ritual, EnginePillar.CULTURE, marks)));
		engine.plans().forEach(plan -> columns.add(Headers.column(plan, EnginePillar.COMPENSATION, marks)));
		columns.add(TableColumn.property("owner", EnginePillar.STRUCTURE));
		columns.add(TableColumn.property("signal", EnginePillar.COMPENSATION));
		columns.add(TableColumn.property("target", EnginePillar.COMPENSATION));
		List<TableRow> rows = new ArrayList<>();
		for (Kpi kpi : engine.kpis()) {
			List<TableCell> cells = new ArrayList<>();
			for (Ritual ritual : engine.rituals()) {
				cells.add(TableCell.link(ritual.getReviews().contains(kpi), ElementIds.of(ritual), "reviews"));
			}
			for (Plan plan : engine.plans()) {
				cells.add(measures(plan, kpi, marks));
			}
			cells.add(Cells.reference(kpi, "owner", kpi.getOwner()));
			cells.add(Cells.setting(kpi, "signal", kpi.isSetSignal() ? kpi.getSignal().getLiteral() : null));
			cells.add(Cells.setting(kpi, "target", Values.target(kpi)));
			rows.add(Headers.row(kpi, EnginePillar.COMPENSATION, marks, cells));
		}
		return new Table(TableKind.KPI_GOVERNANCE, engine.name(), engine.displayName(), columns, rows);
	}

	/**
	 * The plan's measures on the KPI, by weight ("80%"; "x" for a measure without one), with the findings about them:
	 * a broken payout curve shows on the cell where the KPI meets the plan.
	 */
	private static TableCell measures(Plan plan, Kpi kpi, FindingMarks marks) {
		List<Measure> measures = plan.getMeasures().stream().filter(measure -> measure.getKpi() == kpi).toList();
		if (measures.isEmpty()) {
			return TableCell.EMPTY;
		}
		List<String> ids = measures.stream().map(ElementIds::of).toList();
		List<String> weights = measures.stream().map(m -> m.getWeight() == null ? TableCell.LINKED : Values.percent(m.getWeight())).toList();
		return TableCell.list(weights, ids, "weight", marks.about(ids));
	}
}
