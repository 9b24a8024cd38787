package org.salesengine.report.plan;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.PayoutCurve;

/**
 * "At 120% of quota you earn ...": the payout of a plan at one attainment, measure by measure, in words a rep can
 * check with a calculator. Every figure is computed from the plan's curves ({@link PayoutCurve#factor}); the words say
 * which part of the curve applies (below the threshold, one for one, accelerated, capped).
 */
public final class WorkedExample {
	/** The attainment of the example: a good year, above quota, where accelerators show. */
	public static final double ATTAINMENT = 1.2;

	private WorkedExample() {
	}

	/** One sentence per measure, then the total; empty when the plan has no priced measure. */
	public static List<String> sentences(PlanPay plan, double attainment) {
		List<String> sentences = new ArrayList<>();
		if (plan.measures().isEmpty() || plan.targetIncentive() == null) {
			return sentences;
		}
		double incentive = 0;
		for (MeasurePay measure : plan.measures()) {
			double paid = measure.payout(attainment);
			incentive += paid;
			sentences.add(measure.kpi() + " (" + Amounts.percent(measure.weight()) + " of your " + money(plan.targetIncentive())
					+ " target incentive, so " + money(measure.targetIncentive()) + " at target): " + how(measure.curve(), attainment)
					+ ", so " + money(measure.targetIncentive()) + " × " + Amounts.percent(measure.curve().factor(attainment)) + " = "
					+ money(paid) + ".");
		}
		double total = (plan.base() == null ? 0 : plan.base()) + incentive;
		sentences.add("Incentive " + money(incentive) + (plan.base() == null ? "" : " plus your base of " + money(plan.base()))
				+ ": you earn " + money(total) + ", " + Amounts.percent(total / plan.onTargetEarnings())
				+ " of your on-target earnings of " + money(plan.onTargetEarnings()) + ".");
		return sentences;
	}

	/** Which part of the curve an attainment falls on, and the payout factor it gives, in words. */
	static String how(PayoutCurve curve, double a) {
		String at = "at " + Amounts.percent(a);
		if (a < curve.threshold()) {
			return at + " you are below the " + Amounts.percent(curve.threshold()) + " threshold, which pays nothing";
		}
		double uncapped = curve.uncapped(a);
		String shape;
		if (!curve.isClassic()) {
			// Each tier pays its rate on the part of attainment that falls in it: say every part, as a rep adds them up.
			List<String> parts = new ArrayList<>();
			for (PayoutCurve.Band tier : curve.tiers()) {
				if (a > tier.from()) {
					double part = Math.min(a, tier.to()) - tier.from();
					parts.add(Amounts.grouped(tier.rate(), 2) + " × " + Amounts.percent(part));
				}
			}
			shape = at + " the tiers pay " + String.join(" + ", parts) + " = " + Amounts.percent(uncapped);
		} else if (a <= curve.knee() || !curve.hasAccelerator()) {
			shape = at + " it pays one for one, " + Amounts.percent(uncapped);
		} else {
			shape = at + " the " + Amounts.grouped(curve.accelerator(), 2) + "x accelerator above " + Amounts.percent(curve.knee())
					+ " pays " + Amounts.percent(curve.knee()) + " + " + Amounts.grouped(curve.accelerator(), 2) + " × "
					+ Amounts.percent(a - curve.knee()) + " = " + Amounts.percent(uncapped);
		}
		if (uncapped > curve.cap()) {
			shape += ", held at the cap of " + Amounts.percent(curve.cap());
		}
		return shape;
	}

	/** Money to the unit, as a rep reads a pay slip: 78,400. */
	static String money(double value) {
		return Amounts.grouped(value, 0);
	}
}
