package org.salesengine.analysis.pay;

import java.math.BigDecimal;

import org.salesengine.model.Measure;

/**
 * How much of a measure's target incentive a rep earns at an attainment: the payout factor f(a), a multiple of the
 * target incentive.
 * <ul>
 * <li>below the threshold: 0 (a rep exactly at the threshold is paid);</li>
 * <li>from the threshold up to the accelerator's knee: a, one for one;</li>
 * <li>above the knee: knee + accelerator × (a − knee), so the curve has no jump at the knee. The knee is the
 * {@code above} value of the measure when given, else 100%;</li>
 * <li>never more than the cap, where one is set. The cap limits the payout factor, not the attainment: acme's
 * NewARR (2x above 100%, cap 300%) pays 3 × its target incentive from 200% attainment on.</li>
 * </ul>
 * Unset values mean "no threshold" (0), "no accelerator" (1x), "knee at 100%" and "no cap" (infinity).
 */
public record PayoutCurve(double threshold, double accelerator, double knee, double cap) {

	public static final PayoutCurve LINEAR = new PayoutCurve(0, 1, 1, Double.POSITIVE_INFINITY);

	public PayoutCurve {
		if (!(threshold >= 0) || !(accelerator >= 0) || !(knee >= 0) || !(cap >= 0) || Double.isInfinite(threshold)
				|| Double.isInfinite(accelerator) || Double.isInfinite(knee)) {
			throw new IllegalArgumentException("a payout curve needs finite, non-negative threshold, accelerator and knee");
		}
	}

	public static PayoutCurve of(Measure measure) {
		return new PayoutCurve(
				valueOr(measure.getThreshold(), 0),
				valueOr(measure.getAccelerator(), 1),
				valueOr(measure.getAcceleratorAbove(), 1),
				valueOr(measure.getCap(), Double.POSITIVE_INFINITY));
	}

	public double factor(double attainment) {
		if (attainment < threshold) {
			return 0;
		}
		double factor = attainment <= knee ? attainment : knee + accelerator * (attainment - knee);
		return Math.min(factor, cap);
	}

	public boolean hasThreshold() {
		return threshold > 0;
	}

	public boolean hasAccelerator() {
		return accelerator != 1;
	}

	public boolean hasCap() {
		return cap != Double.POSITIVE_INFINITY;
	}

	private static double valueOr(BigDecimal value, double unset) {
		return value == null ? unset : value.doubleValue();
	}
}
