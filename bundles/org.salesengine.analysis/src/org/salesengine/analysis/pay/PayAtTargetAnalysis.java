package org.salesengine.analysis.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleParameter;
import org.salesengine.dsl.validation.RuleSettings;
import org.salesengine.model.CreditType;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CostOfSales;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.OverlayCredit;
import org.salesengine.model.engine.WholeEngine;

/** Per plan: OTE, base and target incentive from the mix, and each measure's share; then the engine's totals. */
public final class PayAtTargetAnalysis {
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PayAtTargetAnalysis() {
	}

	public static PayAtTarget of(WholeEngine engine, Consumer<AnalysisNote> notes) {
		List<PlanPay> plans = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			PlanPay pay = planPay(plan, engine, notes);
			if (pay != null) {
				plans.add(pay);
			}
		}
		double base = 0;
		double incentive = 0;
		for (PlanPay plan : plans) {
			if (plan.headcount() == null) {
				continue;
			}
			if (plan.targetIncentive() != null) {
				base += plan.teamBase();
				incentive += plan.teamTargetIncentive();
			} else {
				notes.accept(new AnalysisNote(Topic.PAY, plan.plan(), "the totals of base and variable pay leave out plan "
						+ ElementNames.local(plan.plan()) + ": its pay mix does not split its OTE"));
			}
		}
		CostOfSales cost = CostOfSales.of(engine);
		BigDecimal target = engine.revenueTarget();
		if (target == null || target.signum() <= 0) {
			notes.accept(new AnalysisNote(Topic.PAY, engine.name(), "no cost of sales: the engine has no revenue target"));
		}
		RuleSettings settings = RuleSettings.of(engine, Map.of());
		RuleParameter.Value band = settings.value(Rule.CCOS_OUT_OF_BAND, "band");
		return new PayAtTarget(plans, cost.totalOnTargetEarnings(), base, incentive, cost.headcount(), cost.ratio(),
				band.low(), band.high(), settings.origin(Rule.CCOS_OUT_OF_BAND, "band"));
	}

	private static PlanPay planPay(Plan plan, WholeEngine engine, Consumer<AnalysisNote> notes) {
		String id = ElementIds.of(plan);
		String name = "plan " + plan.getName();
		if (plan.getOnTargetEarnings() == null) {
			notes.accept(new AnalysisNote(Topic.PAY, id, name + " has no on-target earnings: its pay is not computed"));
			return null;
		}
		double ote = plan.getOnTargetEarnings().doubleValue();
		Role role = plan.getRole();
		boolean roleKnown = WholeEngine.resolved(role);
		Integer headcount = roleKnown ? role.getHeadcount() : null;
		if (headcount == null) {
			notes.accept(new AnalysisNote(Topic.PAY, id, name + (roleKnown ? ": role " + role.getName() + " has no headcount"
					: " has no role") + ", so it is left out of the totals"));
		}
		BigDecimal mixBase = plan.getMixBase();
		BigDecimal mixIncentive = plan.getMixIncentive();
		if (mixBase == null || mixIncentive == null || mixBase.add(mixIncentive).compareTo(HUNDRED) != 0) {
			String why = mixBase == null || mixIncentive == null ? "has no pay mix"
					: "has a pay mix " + Amounts.plain(mixBase) + "/" + Amounts.plain(mixIncentive) + " that does not add up to 100";
			notes.accept(new AnalysisNote(Topic.PAY, id, name + " " + why + ": base and target incentive are unknown"));
			return new PlanPay(id, roleKnown ? role.getName() : null, headcount, ote, null, null, List.of());
		}
		double incentiveShare = mixIncentive.doubleValue() / 100;
		double targetIncentive = ote * incentiveShare;
		double base = ote - targetIncentive;
		List<MeasurePay> measures = new ArrayList<>();
		for (Measure measure : plan.getMeasures()) {
			if (measure.getWeight() == null) {
				notes.accept(new AnalysisNote(Topic.PAY, ElementIds.of(measure), "measure " + ElementIds.measuredKpiName(measure)
						+ " in " + name + " has no weight: it pays nothing at target"));
				continue;
			}
			double weight = measure.getWeight().doubleValue();
			List<String> creditedOn = measure.getCredit() == CreditType.OVERLAY
					? OverlayCredit.creditedOn(measure, engine).stream().map(ElementIds::of).toList() : List.of();
			measures.add(new MeasurePay(ElementIds.of(measure), ElementIds.measuredKpiName(measure), weight,
					targetIncentive * weight, PayoutCurve.of(measure), measure.getCredit().getLiteral(),
					measure.getQuota() == null ? null : measure.getQuota().doubleValue(), creditedOn));
		}
		return new PlanPay(id, roleKnown ? role.getName() : null, headcount, ote, base, targetIncentive, measures);
	}

}
