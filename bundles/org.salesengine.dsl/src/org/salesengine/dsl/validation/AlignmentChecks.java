package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.StreetQuota;
import org.salesengine.model.engine.WholeEngine;

/** Cross-pillar rules: does the pay plan pay for the strategy, and do the quotas add up to the target? */
public class AlignmentChecks extends RuleChecks {
	@Check
	public void misalignedIncentive(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (WholeEngine.resolved(kpi) && kpi.getSupports().isEmpty()) {
			Plan plan = (Plan) measure.eContainer();
			report(Rule.MISALIGNED_INCENTIVE, "plan " + name(plan) + " pays on KPI " + name(kpi)
					+ ", which supports no objective", measure, MODEL.getMeasure_Kpi());
		}
	}

	@Check
	public void unrewardedPriority(Objective objective) {
		if (objective.getPriority() == null || objective.getPriority() != 1) {
			return;
		}
		WholeEngine engine = wholeEngine(objective);
		for (Kpi kpi : engine.kpisSupporting(objective)) {
			for (Measure measure : engine.measuresOn(kpi)) {
				Plan plan = (Plan) measure.eContainer();
				if (WholeEngine.resolved(plan.getRole()) && plan.getRole().isCarriesQuota()) {
					return;
				}
			}
		}
		report(Rule.UNREWARDED_PRIORITY, "no plan of a quota-carrying role pays on a KPI that supports objective "
				+ name(objective) + ", the priority-1 objective", objective, MODEL.getObjective_Priority());
	}

	@Check
	public void quotaAssignment(StrategySection strategy) {
		BigDecimal target = strategy.getRevenueTarget();
		if (target == null || target.signum() <= 0) {
			return;
		}
		StreetQuota street = wholeEngine(strategy).streetQuota();
		if (street.isEmpty()) {
			return;
		}
		BigDecimal total = street.total();
		BigDecimal ratio = total.divide(target, MathContext.DECIMAL64);
		String parts = street.contributions().stream()
				.map(c -> name(c.plan()) + " " + Amounts.exact(c.quota()) + " × " + c.headcount())
				.collect(Collectors.joining(", "));
		String figures = "street quota " + Amounts.brief(total.doubleValue()) + " (" + parts + ")";
		if (ratio.compareTo(BigDecimal.ONE) < 0) {
			report(Rule.QUOTA_UNDER_ASSIGNED, figures + " is " + Amounts.percent(ratio) + " of the revenue target "
					+ Amounts.exact(target) + ": if every rep hits quota the target is still missed", strategy,
					MODEL.getStrategySection_RevenueTarget());
		} else if (ratio.compareTo(value(Rule.QUOTA_OVER_ASSIGNED, "above", strategy).value()) > 0) {
			report(Rule.QUOTA_OVER_ASSIGNED, figures + " is " + Amounts.percent(ratio) + " of the revenue target "
					+ Amounts.exact(target) + ", above " + Amounts.exactPercent(value(Rule.QUOTA_OVER_ASSIGNED, "above", strategy).value()),
					strategy, MODEL.getStrategySection_RevenueTarget());
		}
	}
}
