package org.salesengine.analysis.simulation;

import java.util.SplittableRandom;

import org.salesengine.analysis.simulation.AttainmentDistribution.Shape;

/**
 * Draws one rep's attainments, one per measure. Correlation between a rep's measures is a Gaussian copula: every
 * draw mixes a factor common to the rep with its own, z = √ρ·common + √(1−ρ)·own, then maps z onto the distribution
 * (the uniform through the normal CDF). Truncation at 0 draws the whole rep again: redrawing only the negative
 * measure would never end when ρ = 1, and for independent measures both ways give the same distribution.
 */
final class AttainmentSampler {
	private final Shape shape;
	private final double mean;
	private final double sd;
	private final double halfWidth;
	private final double logMu;
	private final double logSigma;
	private final boolean correlated;
	private final double commonWeight;
	private final double ownWeight;

	AttainmentSampler(AttainmentDistribution distribution, double correlation) {
		this.shape = distribution.shape();
		this.mean = distribution.mean();
		this.sd = distribution.sd();
		this.halfWidth = sd * Math.sqrt(3);
		double logVariance = Math.log1p((sd * sd) / (mean * mean));
		this.logSigma = Math.sqrt(logVariance);
		this.logMu = Math.log(mean) - logVariance / 2;
		this.correlated = correlation > 0;
		this.commonWeight = Math.sqrt(correlation);
		this.ownWeight = Math.sqrt(1 - correlation);
	}

	/** Fills attainments[0..count) with one rep's attainments, none negative. */
	void drawRep(SplittableRandom random, double[] attainments, int count) {
		boolean negative;
		do {
			double common = correlated ? random.nextGaussian() : 0;
			negative = false;
			for (int m = 0; m < count && !negative; m++) {
				attainments[m] = draw(random, common);
				negative = attainments[m] < 0;
			}
		} while (negative);
	}

	private double draw(SplittableRandom random, double common) {
		return switch (shape) {
			case NORMAL -> mean + sd * z(random, common);
			case UNIFORM -> {
				double u = correlated ? StandardNormal.cdf(z(random, common)) : random.nextDouble();
				yield mean + halfWidth * (2 * u - 1);
			}
			case LOGNORMAL -> Math.exp(logMu + logSigma * z(random, common));
		};
	}

	private double z(SplittableRandom random, double common) {
		return correlated ? commonWeight * common + ownWeight * random.nextGaussian() : random.nextGaussian();
	}
}
