package org.salesengine.analysis.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.AnalysisCheck;
import org.salesengine.analysis.AnalysisFindings;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/** Per plan: OTE, base and target incentive from the mix, and each measure's share; then the engine's totals. */
public final class PayAtTargetAnalysis {
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PayAtTargetAnalysis() {
	}

	public static PayAtTarget of(WholeEngine engine, Consumer<AnalysisNote> notes, AnalysisFindings findings) {
		List<PlanPay> plans = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			PlanPay pay = planPay(plan, notes);
			if (pay != null) {
				plans.add(pay);
			}
		}
		double ote = 0;
		double base = 0;
		double incentive = 0;
		int headcount = 0;
		for (PlanPay plan : plans) {
			if (plan.headcount() == null) {
				continue;
			}
			headcount += plan.headcount();
			ote += plan.teamOnTargetEarnings();
			if (plan.targetIncentive() != null) {
				base += plan.teamBase();
				incentive += plan.teamTargetIncentive();
			} else {
				notes.accept(new AnalysisNote(Topic.PAY, plan.plan(), "the totals of base and variable pay leave out plan "
						+ ElementNames.local(plan.plan()) + ": its pay mix does not split its OTE"));
			}
		}
		BigDecimal target = engine.revenueTarget();
		Double costOfSales = null;
		if (target == null || target.signum() <= 0) {
			notes.accept(new AnalysisNote(Topic.PAY, engine.name(), "no cost of sales: the engine has no revenue target"));
		} else if (headcount > 0) {
			costOfSales = ote / target.doubleValue();
			checkCostOfSales(engine, costOfSales, ote, target, findings);
		}
		return new PayAtTarget(plans, ote, base, incentive, headcount, costOfSales);
	}

	private static void checkCostOfSales(WholeEngine engine, double costOfSales, double ote, BigDecimal target,
			AnalysisFindings findings) {
		if (costOfSales >= PayAtTarget.USUAL_COST_OF_SALES_LOW && costOfSales <= PayAtTarget.USUAL_COST_OF_SALES_HIGH) {
			return;
		}
		String figures = "compensation cost of sales is " + Amounts.percent(costOfSales) + " (OTE at target "
				+ Amounts.brief(ote) + " on a revenue target of " + Amounts.exact(target) + ")";
		String advice = costOfSales > PayAtTarget.USUAL_COST_OF_SALES_HIGH
				? ", above the usual 10-25%: the plans cost more per unit of revenue than most sales organisations sustain"
				: ", below the usual 10-25%: either the revenue target is out of reach for this team or the pay will not hold good reps";
		EObject holder = engine.fragments().stream().map(EngineSections::revenueTargetSection).filter(Objects::nonNull)
				.findFirst().map(EObject.class::cast).orElse(engine.fragments().get(0));
		findings.report(AnalysisCheck.COST_OF_SALES_OUT_OF_BAND, Severity.WARNING, figures + advice, holder);
	}

	private static PlanPay planPay(Plan plan, Consumer<AnalysisNote> notes) {
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
			measures.add(new MeasurePay(ElementIds.of(measure), ElementIds.measuredKpiName(measure), weight,
					targetIncentive * weight, PayoutCurve.of(measure)));
		}
		return new PlanPay(id, roleKnown ? role.getName() : null, headcount, ote, base, targetIncentive, measures);
	}

}
