package org.salesengine.data.calibration;

/** Successes out of trials: how many opportunities decided at a stage went on. */
public final class Rate {
	private long successes;
	private long trials;

	public void add(boolean success) {
		trials++;
		if (success) {
			successes++;
		}
	}

	public long successes() {
		return successes;
	}

	public long trials() {
		return trials;
	}

	public double value() {
		return trials == 0 ? Double.NaN : successes / (double) trials;
	}
}
