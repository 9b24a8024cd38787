package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import org.salesengine.model.Measure;
import org.salesengine.model.Tier;

/**
 * How much of a measure's target incentive a rep earns at an attainment a: the payout factor f(a), a multiple of the
 * target incentive. The one place where the curve is computed: the payout tables, pay at target, the simulation, the
 * sparkline and the rules all read it.
 * <ul>
 * <li>below the threshold: 0 (a rep exactly at the threshold is paid);</li>
 * <li>from there: the sum over the tiers of rate × the part of a that falls in the tier, [from, to). A tier below 1x
 * is a decelerator. Past the last tier's end, if it has one, nothing more is paid;</li>
 * <li>never more than the cap, where one is set. The cap limits the payout factor, not the attainment: acme's NewARR
 * (2x above 100%, cap 300%) pays 3 × its target incentive from 200% attainment on.</li>
 * </ul>
 * A measure without tiers has the classic curve: 1x up to the accelerator's knee ({@code above}, else 100%), the
 * accelerator above it (1x when unset), so that the curve has no jump at the knee.
 *
 * @param tiers sorted by their start; an open end is {@link Double#POSITIVE_INFINITY}
 * @param cap   {@link Double#POSITIVE_INFINITY} without a cap
 */
public record PayoutCurve(double threshold, List<Band> tiers, double cap) {

	/** One tier: the rate paid on the part of attainment in [from, to). */
	public record Band(double from, double to, double rate) {
		/** The part of attainment a in this tier, times its rate. */
		double paidUpTo(double attainment) {
			return attainment <= from ? 0 : rate * (Math.min(attainment, to) - from);
		}
	}

	public static final PayoutCurve LINEAR = classic(0, 1, 1, Double.POSITIVE_INFINITY);

	public PayoutCurve {
		if (!(threshold >= 0) || Double.isInfinite(threshold) || !(cap >= 0)) {
			throw new IllegalArgumentException("a payout curve needs a finite, non-negative threshold and a non-negative cap");
		}
		for (Band tier : tiers) {
			if (!(tier.rate() >= 0) || Double.isInfinite(tier.rate()) || !(tier.from() >= 0) || Double.isInfinite(tier.from())) {
				throw new IllegalArgumentException("a payout curve needs finite, non-negative tier rates and starts");
			}
		}
		tiers = tiers.stream().sorted(Comparator.comparingDouble(Band::from)).toList();
	}

	/** Threshold, an accelerator above its knee, cap: the curve of a measure written without tiers. */
	public static PayoutCurve classic(double threshold, double accelerator, double knee, double cap) {
		if (!(accelerator >= 0) || Double.isInfinite(accelerator) || !(knee >= 0) || Double.isInfinite(knee)) {
			throw new IllegalArgumentException("a payout curve needs a finite, non-negative accelerator and knee");
		}
		return new PayoutCurve(threshold,
				List.of(new Band(0, knee, 1), new Band(knee, Double.POSITIVE_INFINITY, accelerator)), cap);
	}

	public static PayoutCurve of(Measure measure) {
		double threshold = valueOr(measure.getThreshold(), 0);
		double cap = valueOr(measure.getCap(), Double.POSITIVE_INFINITY);
		if (measure.getTiers().isEmpty()) {
			return classic(threshold, valueOr(measure.getAccelerator(), 1), valueOr(measure.getAcceleratorAbove(), 1), cap);
		}
		return new PayoutCurve(threshold, measure.getTiers().stream().map(PayoutCurve::band).toList(), cap);
	}

	public static Band band(Tier tier) {
		return new Band(valueOr(tier.getFrom(), 0), valueOr(tier.getTo(), Double.POSITIVE_INFINITY),
				valueOr(tier.getRate(), 0));
	}

	public double factor(double attainment) {
		if (attainment < threshold) {
			return 0;
		}
		return Math.min(uncapped(attainment), cap);
	}

	/** The sum over the tiers, without threshold or cap. */
	public double uncapped(double attainment) {
		double factor = 0;
		for (Band tier : tiers) {
			factor += tier.paidUpTo(attainment);
		}
		return factor;
	}

	/**
	 * The attainment from which the payout is the cap, or null without a cap or when the curve never gets there. A curve
	 * that is above its cap at the threshold reaches it at the threshold.
	 */
	public Double capReachedAt() {
		if (!hasCap()) {
			return null;
		}
		if (uncapped(threshold) >= cap) {
			return threshold;
		}
		// Between two bends the curve is a line: find the first segment whose end is at or above the cap.
		double start = threshold;
		for (double bend : bends()) {
			if (bend <= start) {
				continue;
			}
			if (uncapped(bend) >= cap) {
				return solve(start, bend);
			}
			start = bend;
		}
		double slope = rateAfter(start);
		return slope <= 0 ? null : start + (cap - uncapped(start)) / slope;
	}

	private double solve(double start, double end) {
		double from = uncapped(start);
		double to = uncapped(end);
		return to == from ? end : start + (cap - from) / (to - from) * (end - start);
	}

	/** The rate past an attainment: the sum of the rates of the tiers that are open there. */
	public double rateAfter(double attainment) {
		return tiers.stream().filter(t -> t.from() <= attainment && t.to() > attainment).mapToDouble(Band::rate).sum();
	}

	/** The finite ends of the tiers, sorted, without 0: where the slope may change. */
	public List<Double> bends() {
		TreeSet<Double> bends = new TreeSet<>();
		for (Band tier : tiers) {
			for (double at : new double[] { tier.from(), tier.to() }) {
				if (at > 0 && !Double.isInfinite(at)) {
					bends.add(at);
				}
			}
		}
		return new ArrayList<>(bends);
	}

	public boolean hasThreshold() {
		return threshold > 0;
	}

	public boolean hasCap() {
		return cap != Double.POSITIVE_INFINITY;
	}

	/** Whether some part of the curve pays at another rate than 1x. */
	public boolean hasAccelerator() {
		return tiers.stream().anyMatch(t -> t.rate() != 1 && t.to() > t.from());
	}

	/** Whether the curve is the classic one: 1x from 0 to a knee, one rate above. */
	public boolean isClassic() {
		return tiers.size() == 2 && tiers.get(0).from() == 0 && tiers.get(0).rate() == 1
				&& tiers.get(1).from() == tiers.get(0).to() && tiers.get(1).to() == Double.POSITIVE_INFINITY;
	}

	/** The rate above the knee of a classic curve (the last tier's rate otherwise). */
	public double accelerator() {
		return tiers.isEmpty() ? 1 : tiers.get(tiers.size() - 1).rate();
	}

	/** Where the accelerator of a classic curve starts (the last tier's start otherwise). */
	public double knee() {
		return tiers.isEmpty() ? 1 : tiers.get(tiers.size() - 1).from();
	}

	private static double valueOr(BigDecimal value, double unset) {
		return value == null ? unset : value.doubleValue();
	}
}
