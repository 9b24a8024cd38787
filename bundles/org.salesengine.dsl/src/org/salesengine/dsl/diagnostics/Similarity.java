package org.salesengine.dsl.diagnostics;

/** Edit distance for "did you mean" suggestions. */
public final class Similarity {
	private Similarity() {
	}

	/**
	 * The candidate closest to what was written, ignoring case, or null when none is close enough to be what was
	 * meant (within a third of its length, at least two edits).
	 */
	public static String closest(String wanted, Iterable<String> candidates) {
		if (wanted == null || wanted.isEmpty() || wanted.length() > 60) {
			return null;
		}
		String best = null;
		int bestDistance = Math.max(2, wanted.length() / 3) + 1;
		for (String candidate : candidates) {
			int distance = editDistance(wanted.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT), bestDistance);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best;
	}

	/** " (did you mean 'x'?)" or the empty string. */
	public static String didYouMean(String wanted, Iterable<String> candidates) {
		String best = closest(wanted, candidates);
		return best == null ? "" : " (did you mean '" + best + "'?)";
	}

	/** Levenshtein distance, or {@code limit} as soon as it is known to be at least that. */
	public static int editDistance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) >= limit) {
			return limit;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin >= limit) {
				return limit;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[b.length()], limit);
	}
}
