package org.salesengine.analysis.simulation;

import java.util.SplittableRandom;

import org.salesengine.analysis.simulation.AttainmentDistribution.Shape;

/**
 * Draws attainments. Correlation between one rep's measures is a Gaussian copula: every draw mixes a factor common
 * to the rep with its own, z = √ρ·common + √(1−ρ)·own, then maps z onto the distribution (the uniform through the
 * normal CDF). Truncation at 0 draws the own part again, so the common factor, and with it the correlation, stays.
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

	boolean correlated() {
		return correlated;
	}

	/** The rep's common factor; call once per rep, and only when {@link #correlated()}. */
	double commonFactor(SplittableRandom random) {
		return random.nextGaussian();
	}

	double draw(SplittableRandom random, double common) {
		switch (shape) {
			case NORMAL: {
				double attainment;
				do {
					attainment = mean + sd * z(random, common);
				} while (attainment < 0);
				return attainment;
			}
			case UNIFORM: {
				double attainment;
				do {
					double u = correlated ? StandardNormal.cdf(z(random, common)) : random.nextDouble();
					attainment = mean + halfWidth * (2 * u - 1);
				} while (attainment < 0);
				return attainment;
			}
			default:
				return Math.exp(logMu + logSigma * z(random, common));
		}
	}

	private double z(SplittableRandom random, double common) {
		return correlated ? commonWeight * common + ownWeight * random.nextGaussian() : random.nextGaussian();
	}
}
