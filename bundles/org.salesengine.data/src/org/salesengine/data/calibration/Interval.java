package org.salesengine.data.calibration;

/** A 90% confidence interval, {@code low} to {@code high}, with the method that gave it ("Wilson" or "t"). */
public record Interval(double low, double high, String method) {
	public double width() {
		return high - low;
	}

	public boolean contains(double value) {
		return value >= low && value <= high;
	}
}
