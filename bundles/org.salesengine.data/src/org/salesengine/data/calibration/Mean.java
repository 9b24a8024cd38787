package org.salesengine.data.calibration;

/** A running mean and variance (Welford's method): constant memory, and stable for millions of values. */
public final class Mean {
	private long count;
	private double mean;
	private double squares;

	public void add(double value) {
		count++;
		double delta = value - mean;
		mean += delta / count;
		squares += delta * (value - mean);
	}

	public long count() {
		return count;
	}

	public double mean() {
		return mean;
	}

	/** The sample variance (n − 1 in the denominator). */
	public double variance() {
		return count < 2 ? 0 : squares / (count - 1);
	}
}
