package org.salesengine.cli;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.edit.FileEdit;
import org.salesengine.edit.TextEdit;

/**
 * An edit shown as a unified diff (the format of {@code diff -u} and {@code git diff}). No diff is computed: the
 * edit's replacements say exactly which lines change, and each hunk shows them with three lines of context.
 */
final class UnifiedDiff {
	private static final int CONTEXT = 3;

	private UnifiedDiff() {
	}

	static String of(FileEdit file, String label) {
		List<String> before = lines(file.before());
		List<String> after = lines(file.after());
		StringBuilder diff = new StringBuilder("--- " + label + "\n+++ " + label + "\n");
		// The changed line ranges, in the old text and the new one; an edit changes whole lines from its first to its last.
		List<int[]> changes = new ArrayList<>();
		int shift = 0;
		for (TextEdit edit : file.edits()) {
			int oldFirst = Math.min(before.size() - 1, lineOf(file.before(), edit.offset()));
			int oldLast = Math.min(before.size() - 1, lineOf(file.before(), edit.offset() + edit.length()));
			int newFirst = Math.min(after.size() - 1, lineOf(file.after(), edit.offset() + shift));
			int newLast = Math.min(after.size() - 1, lineOf(file.after(), edit.offset() + shift + edit.text().length()));
			shift += edit.text().length() - edit.length();
			// An edit that starts at the end of a line or ends at the start of one leaves that line as it was: the lines
			// the old and new text share at either end are context, not change (a range may end up empty).
			while (oldFirst <= oldLast && newFirst <= newLast && before.get(oldFirst).equals(after.get(newFirst))) {
				oldFirst++;
				newFirst++;
			}
			while (oldLast >= oldFirst && newLast >= newFirst && before.get(oldLast).equals(after.get(newLast))) {
				oldLast--;
				newLast--;
			}
			if (oldFirst > oldLast && newFirst > newLast) {
				continue;
			}
			if (!changes.isEmpty() && changes.get(changes.size() - 1)[1] >= oldFirst - 1) {
				int[] previous = changes.get(changes.size() - 1);
				previous[1] = Math.max(previous[1], oldLast);
				previous[3] = Math.max(previous[3], newLast);
			} else {
				changes.add(new int[] { oldFirst, oldLast, newFirst, newLast });
			}
		}
		for (int i = 0; i < changes.size();) {
			int[] first = changes.get(i);
			int j = i;
			while (j + 1 < changes.size() && changes.get(j + 1)[0] - changes.get(j)[1] <= 2 * CONTEXT + 1) {
				j++;
			}
			int[] last = changes.get(j);
			int oldStart = Math.max(0, first[0] - CONTEXT);
			int oldEnd = Math.min(before.size() - 1, last[1] + CONTEXT);
			int newStart = first[2] - (first[0] - oldStart);
			int newEnd = last[3] + (oldEnd - last[1]);
			diff.append("@@ -").append(range(oldStart, oldEnd)).append(" +").append(range(newStart, newEnd)).append(" @@\n");
			int oldLine = oldStart;
			int newLine = newStart;
			for (int k = i; k <= j; k++) {
				int[] change = changes.get(k);
				while (oldLine < change[0]) {
					diff.append(' ').append(before.get(oldLine++)).append('\n');
					newLine++;
				}
				while (oldLine <= change[1]) {
					diff.append('-').append(before.get(oldLine++)).append('\n');
				}
				while (newLine <= change[3]) {
					diff.append('+').append(after.get(newLine++)).append('\n');
				}
			}
			while (oldLine <= oldEnd) {
				diff.append(' ').append(before.get(oldLine++)).append('\n');
			}
			i = j + 1;
		}
		return diff.toString();
	}

	private static String range(int start, int end) {
		int count = end - start + 1;
		return (count == 0 ? start : start + 1) + "," + count;
	}

	private static int lineOf(String text, int offset) {
		int line = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	/** The lines of the text without their separators; a last line without a separator counts. */
	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(text.lines().toList());
		if (lines.isEmpty()) {
			lines.add("");
		}
		return lines;
	}
}
