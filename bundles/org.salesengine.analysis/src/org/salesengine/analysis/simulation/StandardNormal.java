package org.salesengine.analysis.simulation;

/** The standard normal CDF, for the uniform copula; no library in the target platform has one. */
final class StandardNormal {
	private StandardNormal() {
	}

	/** Φ(z) by Abramowitz and Stegun 26.2.17: absolute error below 7.5e-8, plenty for drawing attainments. */
	static double cdf(double z) {
		double x = Math.abs(z);
		double t = 1 / (1 + 0.2316419 * x);
		double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
		double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
		return z >= 0 ? 1 - tail : tail;
	}
}
