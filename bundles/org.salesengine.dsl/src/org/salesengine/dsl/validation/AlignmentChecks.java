package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.KpiSums;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.StreetQuota;
import org.salesengine.model.engine.WholeEngine;

/** Cross-pillar rules: does the pay plan pay for the strategy, and do the quotas add up to the target? */
public class AlignmentChecks extends RuleChecks {
	/**
	 * A measure pays on a KPI that serves no objective. A roll-up KPI (NewARR = NewARRMM + NewARREnt) serves the
	 * objectives its inputs serve, and a KPI that measures the revenue target serves the target by definition.
	 */
	@Check
	public void misalignedIncentive(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (WholeEngine.resolved(kpi) && !servesStrategy(kpi, wholeEngine(measure))) {
			Plan plan = (Plan) measure.eContainer();
			report(Rule.MISALIGNED_INCENTIVE, "plan " + name(plan) + " pays on KPI " + name(kpi)
					+ ", which supports no objective", measure, MODEL.getMeasure_Kpi());
		}
	}

	/** The KPI, or a KPI it adds up (transitively: it is a sum of them), supports an objective or measures the revenue target. */
	static boolean servesStrategy(Kpi kpi, WholeEngine engine) {
		Set<Kpi> revenue = Collections.newSetFromMap(new IdentityHashMap<>());
		engine.fragments().forEach(f -> EngineSections.of(f, StrategySection.class).forEach(s -> revenue.addAll(s.getRevenueMeasures())));
		Set<Kpi> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Kpi> todo = new ArrayDeque<>(List.of(kpi));
		while (!todo.isEmpty()) {
			Kpi next = todo.pop();
			if (!seen.add(next)) {
				continue;
			}
			if (!next.getSupports().isEmpty() || revenue.contains(next)) {
				return true;
			}
			todo.addAll(KpiSums.terms(next));
		}
		return false;
	}

	/**
	 * Every objective nobody is paid on: a warning for the priority-1 objective, an info below it. An objective that no
	 * KPI supports is unmeasured first (unmeasured-objective says so); saying it is also unpaid would be the same cause
	 * twice.
	 */
	@Check
	public void unrewardedObjective(Objective objective) {
		if (objective.getPriority() == null || wholeEngine(objective).kpisSupporting(objective).isEmpty()
				|| isRewarded(objective)) {
			return;
		}
		if (objective.getPriority() == 1) {
			report(Rule.UNREWARDED_PRIORITY, "no plan of a quota-carrying role pays on a KPI that supports objective "
					+ name(objective) + ", the priority-1 objective", objective, MODEL.getObjective_Priority());
		} else {
			report(Rule.UNREWARDED_OBJECTIVE, "no plan of a quota-carrying role pays on a KPI that supports objective "
					+ name(objective) + " (priority " + objective.getPriority() + ")", objective, MODEL.getObjective_Priority());
		}
	}

	/**
	 * A plan of a quota-carrying role (or a plan with a quota on the measure) pays on a KPI that supports the
	 * objective, on one of the KPIs such a KPI's formula adds up (paying on NewARRMM pays on NewARR), or on a KPI whose
	 * formula adds one up (paying on NewARR pays on its NewARRMM part).
	 */
	private boolean isRewarded(Objective objective) {
		WholeEngine engine = wholeEngine(objective);
		Set<Kpi> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Kpi> todo = new ArrayDeque<>(engine.kpisSupporting(objective));
		while (!todo.isEmpty()) {
			Kpi kpi = todo.pop();
			if (!seen.add(kpi)) {
				continue;
			}
			for (Measure measure : engine.measuresOn(kpi)) {
				Plan plan = (Plan) measure.eContainer();
				if (WholeEngine.resolved(plan.getRole()) && (plan.getRole().isCarriesQuota() || measure.periodQuota() != null)) {
					return true;
				}
			}
			todo.addAll(KpiSums.terms(kpi));
			todo.addAll(KpiSums.withTotalsOf(kpi, engine));
		}
		return false;
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
