package org.salesengine.analysis.pay;

import java.util.List;

import org.salesengine.model.engine.PayoutCurve;

/**
 * One measure of a plan at target: the share of the plan's target incentive it carries and its payout curve.
 *
 * @param measure         id, {@code Engine.Plan.Kpi}
 * @param kpi             the measured KPI's name
 * @param weight          fraction of the plan's target incentive (0.8 for 80%)
 * @param targetIncentive plan target incentive × weight: what one rep earns from it at 100% attainment
 * @param credit          individual, overlay or pooled: how the simulation draws its attainment
 * @param quota           per head (a pool's for all heads), or null
 * @param creditedOn      for an overlay, ids of the team's individual measures whose attainments it follows
 * @param chance          for an MBO (credit "mbo", kpi its name), the probability that a rep attains it; null for a
 *                        measure
 */
public record MeasurePay(String measure, String kpi, double weight, double targetIncentive, PayoutCurve curve,
		String credit, Double quota, List<String> creditedOn, Double chance) {
	public static final String MBO = "mbo";

	public MeasurePay {
		creditedOn = List.copyOf(creditedOn);
	}

	public MeasurePay(String measure, String kpi, double weight, double targetIncentive, PayoutCurve curve,
			String credit, Double quota, List<String> creditedOn) {
		this(measure, kpi, weight, targetIncentive, curve, credit, quota, creditedOn, null);
	}

	public MeasurePay(String measure, String kpi, double weight, double targetIncentive, PayoutCurve curve) {
		this(measure, kpi, weight, targetIncentive, curve, "individual", null, List.of());
	}

	/** A management objective: paid in full when attained, nothing otherwise. */
	public static MeasurePay mbo(String id, String name, double weight, double targetIncentive, double chance) {
		return new MeasurePay(id, name, weight, targetIncentive, PayoutCurve.LINEAR, MBO, null, List.of(), chance);
	}

	public boolean isMbo() {
		return chance != null;
	}

	/**
	 * What one rep earns from this measure at an attainment (1.0 is 100%). An MBO is not paid on attainment: the tables
	 * show it attained, at its full target incentive.
	 */
	public double payout(double attainment) {
		return isMbo() ? targetIncentive : targetIncentive * curve.factor(attainment);
	}
}
