package org.salesengine.diagram.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.salesengine.diagram.model.AxisTick;
import org.salesengine.diagram.model.AxisTick.Axis;

/**
 * The axis ranges that every payout chart of one diagram shares, so that two plans' curves compare by eye: a curve
 * that is twice as steep looks twice as steep, and a 150% cap sits at half the height of a 300% one. Each range runs
 * from 0 to a round value at or above the largest one any chart needs, in at most {@link #MAX_INTERVALS} equal round
 * steps.
 *
 * @param attainmentEnd where the attainment axis ends (a fraction: 3 is 300%)
 * @param payoutEnd     where the payout axis ends, as a multiple of the target incentive
 */
public record ChartScale(double attainmentEnd, double attainmentStep, double payoutEnd, double payoutStep) {
	static final int MAX_INTERVALS = 4;
	/** Steps a reader counts in without effort: 25%, 50%, 100%, 200%, 500%. */
	private static final double[] ROUND_STEPS = { 0.25, 0.5, 1, 2, 5, 10 };

	/** The smallest round ranges that hold every curve, each up to its own chart end and its highest payout. */
	public static ChartScale covering(Collection<PayoutCurve> curves) {
		double attainment = PayoutCurve.MIN_DOMAIN;
		double payout = 1;
		for (PayoutCurve curve : curves) {
			attainment = Math.max(attainment, curve.domainEnd());
			payout = Math.max(payout, curve.points().stream().mapToDouble(p -> p.y()).max().orElse(0));
		}
		double attainmentStep = step(attainment);
		double payoutStep = step(payout);
		return new ChartScale(end(attainment, attainmentStep), attainmentStep, end(payout, payoutStep), payoutStep);
	}

	/** The ticks of both axes, in the unit square: 0%, then every step up to the end. */
	public List<AxisTick> ticks() {
		List<AxisTick> ticks = new ArrayList<>();
		addTicks(ticks, Axis.ATTAINMENT, attainmentEnd, attainmentStep);
		addTicks(ticks, Axis.PAYOUT, payoutEnd, payoutStep);
		return ticks;
	}

	private static void addTicks(List<AxisTick> ticks, Axis axis, double end, double step) {
		long count = Math.round(end / step);
		for (long i = 0; i <= count; i++) {
			double value = i * step;
			ticks.add(new AxisTick(axis, value / end, Math.round(value * 100) + "%"));
		}
	}

	private static double step(double largest) {
		for (double step : ROUND_STEPS) {
			if (Math.ceil(largest / step - 1e-9) <= MAX_INTERVALS) {
				return step;
			}
		}
		// Beyond 4,000%: an absurd curve, drawn with a step that still gives four intervals.
		return Math.ceil(largest / MAX_INTERVALS);
	}

	private static double end(double largest, double step) {
		return Math.max(1, Math.ceil(largest / step - 1e-9)) * step;
	}
}
