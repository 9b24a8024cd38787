package org.salesengine.data.calibration;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The 90% intervals of calibration. Rates get the Wilson score interval, which stays inside 0..1 and keeps its
 * coverage for small samples and rates near 0 or 1 (where the textbook p ± z·√(p(1−p)/n) fails). Means (days, amounts)
 * get Student's t interval, mean ± t(0.95, n−1)·s/√n: it needs only the count, mean and variance, which a stream of
 * millions of rows can keep in constant memory (a bootstrap would have to keep every value).
 */
public final class Intervals {
	public static final double CONFIDENCE = 0.90;
	/** The two-sided 90% normal quantile, 1.6449. */
	static final double Z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);

	private Intervals() {
	}

	/** Wilson's interval for {@code successes} out of {@code trials}; null without trials. */
	public static Interval wilson(long successes, long trials) {
		if (trials <= 0) {
			return null;
		}
		double n = trials;
		double p = successes / n;
		double z2 = Z * Z;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double margin = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
		return new Interval(Math.max(0, centre - margin), Math.min(1, centre + margin), "Wilson");
	}

	/** Student's t interval of a mean; null below two values (no variance to speak of). */
	public static Interval t(Mean mean) {
		if (mean.count() < 2) {
			return null;
		}
		double t = new TDistribution(mean.count() - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
		double margin = t * Math.sqrt(mean.variance() / mean.count());
		return new Interval(mean.mean() - margin, mean.mean() + margin, "t");
	}
}
