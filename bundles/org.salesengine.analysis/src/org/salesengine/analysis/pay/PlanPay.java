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
 * @param measures         the measures that have a weight; empty when the target incentive is unknown
 */
public record PlanPay(String plan, String role, Integer headcount, double onTargetEarnings, Double base,
		Double targetIncentive, List<MeasurePay> measures) {

	public PlanPay {
		measures = List.copyOf(measures);
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
