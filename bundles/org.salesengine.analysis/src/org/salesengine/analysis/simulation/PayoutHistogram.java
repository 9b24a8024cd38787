package org.salesengine.analysis.simulation;

import java.util.ArrayList;
import java.util.List;

/**
 * How the simulated years' total variable pay is spread: equal-width bins from the lowest year to the highest, each
 * with the number of years that fell into it. The last bin includes its upper edge, so every year is in exactly one
 * bin and the counts add up to the simulated years.
 *
 * @param bins lowest first; empty only when no year was simulated
 */
public record PayoutHistogram(List<Bin> bins) {
	/** Enough bars to show the shape of a distribution, few enough to label them on a printed page. */
	public static final int BINS = 24;

	/** Years whose total lies in [low, high) (the last bin: [low, high]). */
	public record Bin(double low, double high, long years) {
	}

	public PayoutHistogram {
		bins = List.copyOf(bins);
	}

	/** From sorted values; when every year cost the same, one bin of zero width holds them all. */
	public static PayoutHistogram of(double[] sorted, int binCount) {
		if (sorted.length == 0) {
			return new PayoutHistogram(List.of());
		}
		double low = sorted[0];
		double high = sorted[sorted.length - 1];
		if (high <= low) {
			return new PayoutHistogram(List.of(new Bin(low, high, sorted.length)));
		}
		double width = (high - low) / binCount;
		long[] counts = new long[binCount];
		for (double value : sorted) {
			counts[Math.min(binCount - 1, (int) ((value - low) / width))]++;
		}
		List<Bin> bins = new ArrayList<>(binCount);
		for (int b = 0; b < binCount; b++) {
			bins.add(new Bin(low + b * width, b == binCount - 1 ? high : low + (b + 1) * width, counts[b]));
		}
		return new PayoutHistogram(bins);
	}

	public long years() {
		return bins.stream().mapToLong(Bin::years).sum();
	}

	public long mostYearsInABin() {
		return bins.stream().mapToLong(Bin::years).max().orElse(0);
	}
}
