package org.salesengine.dsl.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.CreditType;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.ActivityCapacity;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CostOfSales;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.QuotaCoverage;
import org.salesengine.model.engine.RevenueCoverage;
import org.salesengine.model.engine.WholeEngine;

/**
 * The findings only the numbers reveal: funnels that cannot be sized, revenue no funnel brings in, activity quotas
 * that starve the funnel, quota against each KPI's target, and the cost of sales. The figures come from the pure
 * functions of org.salesengine.model.engine, the same ones the analysis prints.
 */
public class NumbersChecks extends RuleChecks {

	@Check
	public void funnelNotSized(SalesProcess process) {
		FunnelSizing funnel = funnel(process);
		if (funnel != null && !funnel.sized() && funnel.reportable()) {
			report(Rule.FUNNEL_NOT_SIZED, funnel.unsized(), process, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void targetOutsideFunnels(StrategySection strategy) {
		if (strategy.getRevenueTarget() == null) {
			return;
		}
		WholeEngine engine = wholeEngine(strategy);
		RevenueCoverage coverage = RevenueCoverage.of(engine, funnels(strategy));
		if (coverage == null || coverage.covered() >= coverage.revenueTarget() - 1e-6) {
			return;
		}
		String parts = coverage.produced().entrySet().stream().map(e -> e.getKey().getName() + " " + Amounts.brief(e.getValue()))
				.collect(Collectors.joining(", "));
		String runRate = coverage.runRate() > 0 ? " and the run rate brings " + Amounts.brief(coverage.runRate()) : "";
		report(Rule.TARGET_OUTSIDE_FUNNELS, "the funnels are sized for " + Amounts.brief(coverage.fromFunnels()) + " ("
				+ parts + ")" + runRate + " of the " + Amounts.exact(strategy.getRevenueTarget()) + " revenue target: "
				+ Amounts.brief(coverage.uncovered()) + " has no process that brings it in", strategy,
				MODEL.getStrategySection_RevenueTarget());
	}

	@Check
	public void activityCapacityShort(Measure measure) {
		Map<Measure, ActivityCapacity> activities = cached("activity-capacity", measure, engine -> {
			Map<Measure, ActivityCapacity> byMeasure = new IdentityHashMap<>();
			ActivityCapacity.of(engine, funnels(measure)).forEach(a -> byMeasure.put(a.measure(), a));
			return byMeasure;
		});
		ActivityCapacity activity = activities.get(measure);
		if (activity == null || activity.unmatched() != null || activity.coverage() >= 1) {
			return;
		}
		String role = activity.role().getName();
		double gap = activity.needed() - activity.capacity();
		report(Rule.ACTIVITY_CAPACITY_SHORT, activity.comparison() + " only " + Amounts.percent(activity.coverage())
				+ ": short by " + Amounts.grouped(gap, 0) + ", about " + Amounts.grouped(gap / activity.quota(), 1) + " more "
				+ role + " at a quota of " + Amounts.volume(activity.quota()) + " each", measure, MODEL.getMeasure_Kpi());
	}

	@Check
	public void kpiCoverage(Kpi kpi) {
		QuotaCoverage coverage = QuotaCoverage.of(kpi, wholeEngine(kpi));
		if (coverage == null) {
			return;
		}
		RuleParameter.Value above = value(Rule.KPI_OVER_COVERED, "above", kpi);
		// The figures are written only for a KPI that is reported: this check runs for every KPI on every edit.
		if (coverage.coverage() < 1 - 1e-9) {
			report(Rule.KPI_UNDER_COVERED, coverageFigures(kpi, coverage) + ": if every quota is met, " + kpi.getName()
					+ " still misses by " + figure(kpi).apply(coverage.target() - coverage.assigned()), kpi, MODEL.getNamedElement_Name());
		} else if (coverage.coverage() > above.low() + 1e-9) {
			report(Rule.KPI_OVER_COVERED, coverageFigures(kpi, coverage) + ", above " + above.written(RuleParameter.Shape.PERCENT)
					+ " (" + settings(kpi).origin(Rule.KPI_OVER_COVERED, "above") + "): quotas this far above the target stop being"
					+ " credible", kpi, MODEL.getNamedElement_Name());
		}
	}

	private static DoubleFunction<String> figure(Kpi kpi) {
		return kpi.getUnit() == KpiUnit.CURRENCY ? Amounts::brief : Amounts::volume;
	}

	/** "quota on KPI X adds up to 8M (AEPlan 1M × 8), 88.9% of its 9M target". */
	private static String coverageFigures(Kpi kpi, QuotaCoverage coverage) {
		DoubleFunction<String> figure = figure(kpi);
		String parts = coverage.shares().stream().map(s -> s.plan().getName() + " " + (s.credit() == CreditType.POOLED
				? "pooled " + figure.apply(s.quota()) : (s.credit() == CreditType.OVERLAY ? "overlay " : "")
						+ figure.apply(s.quota()) + " × " + s.heads())
				+ (s.measure().getKpi() == kpi ? "" : " on " + s.measure().getKpi().getName()))
				.collect(Collectors.joining(coverage.individual() ? " + " : ", the largest of "));
		return "quota on KPI " + kpi.getName() + " adds up to " + figure.apply(coverage.assigned()) + " ("
				+ (coverage.individual() ? "" : "no individual quota; ") + parts + "), " + Amounts.percent(coverage.coverage())
				+ " of its " + figure.apply(coverage.target()) + " target";
	}

	@Check
	public void costOfSales(StrategySection strategy) {
		if (strategy.getRevenueTarget() == null) {
			return;
		}
		CostOfSales cost = cached("cost-of-sales", strategy, CostOfSales::of);
		if (cost.ratio() == null) {
			return;
		}
		RuleParameter.Value band = value(Rule.CCOS_OUT_OF_BAND, "band", strategy);
		double ratio = cost.ratio();
		if (ratio >= band.low() - 1e-9 && ratio <= band.high() + 1e-9) {
			return;
		}
		String figures = "compensation cost of sales is " + Amounts.percent(ratio) + " (OTE at target "
				+ Amounts.brief(cost.totalOnTargetEarnings()) + " on a revenue target of "
				+ Amounts.exact(strategy.getRevenueTarget()) + ")";
		String where = band.written(RuleParameter.Shape.PERCENT_RANGE) + " (" + settings(strategy).origin(Rule.CCOS_OUT_OF_BAND, "band") + ")";
		String advice = ratio > band.high() ? ", above " + where + ": the plans cost more per unit of revenue than the"
				+ " business model sustains"
				: ", below " + where + ": either the revenue target is out of reach for this team or the pay will not hold good reps";
		report(Rule.CCOS_OUT_OF_BAND, figures + advice, strategy, MODEL.getStrategySection_RevenueTarget());
	}

	private FunnelSizing funnel(SalesProcess process) {
		for (FunnelSizing funnel : funnels(process)) {
			if (funnel.process() == process) {
				return funnel;
			}
		}
		return null;
	}

	private List<FunnelSizing> funnels(org.eclipse.emf.ecore.EObject element) {
		return cached("funnels", element, FunnelSizing::of);
	}
}
