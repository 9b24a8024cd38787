package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.Mbo;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/** Plans, their measures and payout curves, and SPIFs. */
public class CompensationChecks extends RuleChecks {
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Check
	public void weightsNot100(Plan plan) {
		// MBOs are paid out of the same target incentive as the measures, so their weights count in the 100%.
		List<BigDecimal> weights = new ArrayList<>();
		plan.getMeasures().stream().map(Measure::getWeight).filter(w -> w != null).forEach(weights::add);
		plan.getMbos().stream().map(Mbo::getWeight).filter(w -> w != null).forEach(weights::add);
		if (weights.isEmpty()) {
			return;
		}
		BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(BigDecimal.ONE) != 0) {
			String parts = Stream.concat(plan.getMeasures().stream()
					.map(m -> ElementIds.measuredKpiName(m) + " " + (m.getWeight() == null ? "no weight" : Amounts.exactPercent(m.getWeight()))),
					plan.getMbos().stream().map(m -> "MBO " + m.getName() + " "
							+ (m.getWeight() == null ? "no weight" : Amounts.exactPercent(m.getWeight()))))
					.collect(Collectors.joining(", "));
			report(Rule.WEIGHTS_NOT_100, "plan " + name(plan) + ": measure weights sum to " + Amounts.exactPercent(sum)
					+ ", not 100% (" + parts + ")", plan, MODEL.getNamedElement_Name(), Amounts.plain(BigDecimal.ONE.subtract(sum)));
		}
	}

	@Check
	public void mixNot100(Plan plan) {
		if (plan.getMixBase() == null || plan.getMixIncentive() == null) {
			return;
		}
		BigDecimal sum = plan.getMixBase().add(plan.getMixIncentive());
		if (sum.compareTo(HUNDRED) != 0) {
			report(Rule.MIX_NOT_100, "plan " + name(plan) + ": pay mix " + Amounts.plain(plan.getMixBase()) + "/"
					+ Amounts.plain(plan.getMixIncentive()) + " sums to " + Amounts.plain(sum) + ", not 100", plan,
					MODEL.getPlan_MixBase(), Amounts.plain(plan.getMixBase()));
		}
	}

	@Check
	public void invalidPayoutCurve(Measure measure) {
		List<String> faults = new ArrayList<>();
		BigDecimal threshold = measure.getThreshold();
		BigDecimal cap = measure.getCap();
		if (threshold != null && threshold.compareTo(BigDecimal.ONE) >= 0) {
			faults.add("threshold " + Amounts.exactPercent(threshold) + " is 100% or more");
		}
		if (cap != null && cap.compareTo(BigDecimal.ONE) < 0) {
			faults.add("cap " + Amounts.exactPercent(cap) + " is below 100%");
		}
		if (cap != null && threshold != null && cap.compareTo(threshold) < 0) {
			faults.add("cap " + Amounts.exactPercent(cap) + " is below the threshold " + Amounts.exactPercent(threshold));
		}
		if (measure.getAccelerator() != null && measure.getAccelerator().compareTo(BigDecimal.ONE) < 0) {
			faults.add("accelerator " + Amounts.multiplier(measure.getAccelerator()) + " is below 1x");
		}
		if (!faults.isEmpty()) {
			report(Rule.INVALID_PAYOUT_CURVE, measureName(measure) + ": " + String.join("; ", faults), measure,
					MODEL.getMeasure_Kpi());
		}
	}

	@Check
	public void quotaRoleWithoutPlan(Role role) {
		if (role.isCarriesQuota() && wholeEngine(role).plansFor(role).isEmpty()) {
			report(Rule.QUOTA_ROLE_WITHOUT_PLAN, "role " + name(role) + " carries quota but no plan pays it", role,
					MODEL.getNamedElement_Name(), role.getName());
		}
	}

	@Check
	public void tooManyMeasures(Plan plan) {
		int max = value(Rule.TOO_MANY_MEASURES, "max", plan).value().intValue();
		if (plan.getMeasures().size() > max) {
			report(Rule.TOO_MANY_MEASURES, "plan " + name(plan) + " has " + plan.getMeasures().size()
					+ " measures; practice is at most " + max, plan, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void tinyWeight(Measure measure) {
		if (measure.getWeight() == null) {
			return;
		}
		BigDecimal min = value(Rule.TINY_WEIGHT, "below", measure).value();
		if (measure.getWeight().compareTo(min) < 0) {
			report(Rule.TINY_WEIGHT, measureName(measure) + " weighs " + Amounts.exactPercent(measure.getWeight())
					+ ", under " + Amounts.exactPercent(min), measure, MODEL.getMeasure_Weight());
		}
	}

	@Check
	public void measureWithoutQuota(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (measure.periodQuota() == null && WholeEngine.resolved(kpi) && kpi.getTarget() == null) {
			report(Rule.MEASURE_WITHOUT_QUOTA, measureName(measure) + " has no quota and KPI " + name(kpi)
					+ " has no target: there is no attainment to pay against", measure, MODEL.getMeasure_Kpi());
		}
	}

	@Check
	public void payMixOutOfBand(Plan plan) {
		Role role = plan.getRole();
		if (plan.getMixBase() == null || plan.getMixIncentive() == null || !WholeEngine.resolved(role)
				|| plan.getMixBase().add(plan.getMixIncentive()).compareTo(HUNDRED) != 0) {
			return;
		}
		RoleKind kind = RoleKind.of(plan, wholeEngine(plan));
		RuleSettings settings = settings(plan);
		RuleParameter.Value band = settings.value(Rule.PAY_MIX_OUT_OF_BAND, kind.parameter);
		double incentive = plan.getMixIncentive().doubleValue() / 100;
		if (incentive < band.low() - 1e-9 || incentive > band.high() + 1e-9) {
			report(Rule.PAY_MIX_OUT_OF_BAND, "plan " + name(plan) + ": " + Amounts.plain(plan.getMixIncentive())
					+ "% at risk is outside " + band.written(RuleParameter.Shape.PERCENT_RANGE) + ", the usual band for "
					+ kind.label + " (" + name(role) + "; " + settings.origin(Rule.PAY_MIX_OUT_OF_BAND, kind.parameter) + ")",
					plan, MODEL.getPlan_MixIncentive());
		}
	}

	@Check
	public void multiplePlansForRole(Plan plan) {
		Role role = plan.getRole();
		if (!WholeEngine.resolved(role)) {
			return;
		}
		List<Plan> plans = wholeEngine(plan).plansFor(role);
		if (plans.size() > 1) {
			String names = plans.stream().map(RuleChecks::name).collect(Collectors.joining(", "));
			report(Rule.MULTIPLE_PLANS_FOR_ROLE, "role " + name(role) + " has " + plans.size() + " plans: " + names, plan,
					MODEL.getPlan_Role());
		}
	}

	@Check
	public void spifOffPlan(Spif spif) {
		Kpi kpi = spif.getRewards();
		if (WholeEngine.resolved(kpi) && wholeEngine(spif).measuresOn(kpi).isEmpty()) {
			report(Rule.SPIF_OFF_PLAN, "SPIF " + name(spif) + " rewards KPI " + name(kpi) + ", which no plan measures", spif,
					MODEL.getSpif_Rewards());
		}
	}

	@Check
	public void spifOutsidePeriod(Spif spif) {
		WholeEngine engine = wholeEngine(spif);
		String start = engine.periodStart();
		String end = engine.periodEnd();
		if (start == null || end == null || spif.getStartDate() == null || spif.getEndDate() == null
				|| StrategyChecks.isReversed(start, end)) {
			return;
		}
		if (LocalDate.parse(spif.getStartDate()).isBefore(LocalDate.parse(start))
				|| LocalDate.parse(spif.getEndDate()).isAfter(LocalDate.parse(end))) {
			report(Rule.SPIF_OUTSIDE_PERIOD, "SPIF " + name(spif) + " runs " + spif.getStartDate() + " to " + spif.getEndDate()
					+ ", outside the engine's period " + start + " to " + end, spif, MODEL.getSpif_StartDate());
		}
	}

	static String measureName(Measure measure) {
		Plan plan = (Plan) measure.eContainer();
		return "measure " + ElementIds.measuredKpiName(measure) + " in plan " + name(plan);
	}
}
