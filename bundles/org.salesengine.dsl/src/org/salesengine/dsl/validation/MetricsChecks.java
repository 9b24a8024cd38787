package org.salesengine.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.Signal;
import org.salesengine.model.engine.WholeEngine;

/** KPIs: their formulas, units, signals and whether anything uses them. */
public class MetricsChecks extends RuleChecks {

	@Check
	public void formulaCycle(Kpi kpi) {
		if (kpi.getFormula() == null) {
			return;
		}
		List<Kpi> cycle = cached("formula-cycles", kpi, FormulaCycles::new).cycleThrough(kpi);
		if (!cycle.isEmpty()) {
			String path = cycle.stream().map(RuleChecks::name).collect(Collectors.joining(" → "));
			report(Rule.FORMULA_CYCLE, "KPI " + name(kpi) + " depends on itself: " + StructureChecks.shorten(path), kpi,
					MODEL.getKpi_Formula());
		}
	}

	@Check
	public void unitMismatch(Kpi kpi) {
		String problem = FormulaUnits.problemOf(kpi);
		if (problem != null) {
			report(Rule.UNIT_MISMATCH, "KPI " + name(kpi) + ": " + problem, kpi, MODEL.getKpi_Formula());
		}
	}

	@Check
	public void orphanKpi(Kpi kpi) {
		WholeEngine engine = wholeEngine(kpi);
		boolean used = !kpi.getSupports().isEmpty()
				|| !engine.formulasUsing(kpi).isEmpty()
				|| !engine.measuresOn(kpi).isEmpty()
				|| !engine.behaviorsIndicatedBy(kpi).isEmpty()
				|| !engine.ritualsReviewing(kpi).isEmpty()
				|| !engine.processesProducing(kpi).isEmpty()
				|| !engine.spifsRewarding(kpi).isEmpty();
		if (!used) {
			report(Rule.ORPHAN_KPI, "KPI " + name(kpi)
					+ " supports no objective and no formula, measure, behavior, ritual, process or SPIF uses it", kpi,
					MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void noLeadingIndicator(Objective objective) {
		List<Kpi> supporting = wholeEngine(objective).kpisSupporting(objective);
		if (!supporting.isEmpty() && supporting.stream().allMatch(k -> k.isSetSignal() && k.getSignal() == Signal.LAGGING)) {
			String names = supporting.stream().map(RuleChecks::name).collect(Collectors.joining(", "));
			report(Rule.NO_LEADING_INDICATOR, "objective " + name(objective) + " is supported only by lagging KPIs ("
					+ names + "): no early signal", objective, MODEL.getNamedElement_Name());
		}
	}
}
