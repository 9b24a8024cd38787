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
import org.salesengine.model.Draw;
import org.salesengine.model.DrawRecovery;
import org.salesengine.model.Duration;
import org.salesengine.model.Mbo;
import org.salesengine.model.PayoutFrequency;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CostOfSales;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.OverlayCredit;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.model.engine.WholeEngine;

/** Per plan: OTE, base and target incentive from the mix, and each measure's share; then the engine's totals. */
public final class PayAtTargetAnalysis {
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	/** An MBO without a chance: attained or not, one in two (nothing in the design says more). */
	public static final double DEFAULT_MBO_CHANCE = 0.5;

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
		double drawCost = plans.stream().filter(p -> p.draw() != null).mapToDouble(p -> p.draw().costAtTarget()).sum();
		return new PayAtTarget(plans, cost.totalOnTargetEarnings(), base, incentive, cost.headcount(), cost.ratio(),
				band.low(), band.high(), settings.origin(Rule.CCOS_OUT_OF_BAND, "band"), drawCost, SpifCosts.of(engine, notes));
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
			return new PlanPay(id, roleKnown ? role.getName() : null, headcount, ote, null, null, List.of(),
					payout(plan), draw(plan, roleKnown ? role : null), clawbackDays(plan));
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
					measure.periodQuota() == null ? null : measure.periodQuota().doubleValue(), creditedOn));
		}
		for (Mbo mbo : plan.getMbos()) {
			if (mbo.getWeight() == null) {
				notes.accept(new AnalysisNote(Topic.PAY, ElementIds.of(mbo), "MBO " + mbo.getName() + " in " + name
						+ " has no weight: it pays nothing at target"));
				continue;
			}
			double weight = mbo.getWeight().doubleValue();
			double chance = mbo.getChance() == null ? DEFAULT_MBO_CHANCE : mbo.getChance().doubleValue();
			measures.add(MeasurePay.mbo(ElementIds.of(mbo), mbo.getName(), weight, targetIncentive * weight, chance));
		}
		return new PlanPay(id, roleKnown ? role.getName() : null, headcount, ote, base, targetIncentive, measures,
				payout(plan), draw(plan, roleKnown ? role : null), clawbackDays(plan));
	}

	private static String payout(Plan plan) {
		return plan.isSetPayout() ? plan.getPayout().getLiteral() : PayoutFrequency.ANNUALLY.getLiteral();
	}

	/** The draw, paid to the heads the role hires in the period; null without a draw or without its figures. */
	private static DrawPay draw(Plan plan, Role role) {
		Draw draw = plan.getDraw();
		if (draw == null || draw.getAmount() == null || draw.getMonths() == null) {
			return null;
		}
		int hires = role == null ? 0 : role.getHires().stream().mapToInt(h -> h.getCount() == null ? 0 : h.getCount()).sum();
		return DrawPay.of(draw.getAmount().doubleValue(), draw.getMonths(), draw.getRecovery() == DrawRecovery.RECOVERABLE,
				hires);
	}

	private static Integer clawbackDays(Plan plan) {
		Duration window = plan.getClawback();
		if (window == null || window.getValue() == null) {
			return null;
		}
		return window.getUnit() == TimeUnit.MONTHS ? window.getValue() * 30 : window.getValue();
	}

}
