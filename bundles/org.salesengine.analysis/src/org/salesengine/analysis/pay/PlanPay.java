package org.salesengine.analysis.pay;

import java.util.List;

/**
 * A plan at target, per rep and for all reps of its role. Base and target incentive are null when the pay mix does
 * not define them (missing, or not adding up to 100); headcount is null when the plan's role has none.
 *
 * @param plan             id, {@code Engine.Plan}
 * @param role             the role's name, or null when it does not resolve
 * @param onTargetEarnings OTE of one rep
 * @param base             OTE × base share of the mix
 * @param targetIncentive  OTE × incentive share of the mix (OTI)
 * @param measures         the measures that have a weight, then the MBOs; empty when the target incentive is unknown
 * @param payout           how often attainment is measured and paid: "annually" unless the plan says otherwise
 * @param draw             the plan's draw, or null
 * @param clawbackDays     the clawback window in days (a month counts 30), or null without a clawback
 */
public record PlanPay(String plan, String role, Integer headcount, double onTargetEarnings, Double base,
		Double targetIncentive, List<MeasurePay> measures, String payout, DrawPay draw, Integer clawbackDays) {

	public PlanPay {
		measures = List.copyOf(measures);
	}

	public PlanPay(String plan, String role, Integer headcount, double onTargetEarnings, Double base,
			Double targetIncentive, List<MeasurePay> measures) {
		this(plan, role, headcount, onTargetEarnings, base, targetIncentive, measures, "annually", null, null);
	}

	public Double teamOnTargetEarnings() {
		return headcount == null ? null : onTargetEarnings * headcount;
	}

	public Double teamBase() {
		return headcount == null || base == null ? null : base * headcount;
	}

	public Double teamTargetIncentive() {
		return headcount == null || targetIncentive == null ? null : targetIncentive * headcount;
	}
}
