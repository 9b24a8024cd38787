package org.salesengine.dsl.diagnostics;

/** Edit distance for "did you mean" suggestions. */
final class Similarity {
	private Similarity() {
	}

	/** Levenshtein distance, or {@code limit} as soon as it is known to be at least that. */
	static int editDistance(String a, String b, int limit) {
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
