package org.salesengine.dsl.formatting2;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Column alignment of runs of one-line elements, as authors write a process's stages:
 *
 * <pre>
 * stage Lead      { owner SDR exit "ICP fit"       conversion 40% }
 * stage Discovery { owner AE  exit "Pain and budget" conversion 50% }
 * </pre>
 *
 * A run is two or more elements of the same kind, each written on one line of its own, on consecutive lines with no
 * blank line or comment between them. The lines are compared token by token for as long as they have the same shape
 * (the same keywords and the same kinds of value in the same places); within that common part each token starts in
 * one column, one space after the widest token before it. A run is aligned only when the author aligned it, that is
 * when one of those gaps is wider than one space; other runs keep single spaces. A run whose columns are each
 * already within one character of each other is kept exactly as written: aligning by hand is often one space off
 * (the Renewal stages of the reference example are), and rewriting such a line would make a file the author
 * considers formatted fail {@code format --check}. Any wider misalignment, as after a value's width changed, is
 * re-aligned exactly. Alignment only looks at token widths and columns, which re-alignment makes equal, so an
 * aligned run comes out the same when formatted again.
 */
final class AlignedRuns {
	private AlignedRuns() {
	}

	/**
	 * The spaces for each gap inside an aligned run.
	 *
	 * @param lineElements the elements that start a line of their own, in text order
	 * @param joined whether the formatter writes two tokens with no space between them (a comma, a parenthesis)
	 */
	static Map<IHiddenRegion, String> spaces(List<IEObjectRegion> lineElements,
			BiPredicate<ISemanticRegion, ISemanticRegion> joined) {
		Map<IHiddenRegion, String> spaces = new IdentityHashMap<>();
		List<List<ISemanticRegion>> run = new ArrayList<>();
		IEObjectRegion previous = null;
		for (IEObjectRegion element : lineElements) {
			List<ISemanticRegion> line = oneLineTokens(element);
			if (line == null || previous == null || !follows(previous, element)) {
				align(run, joined, spaces);
				run = new ArrayList<>();
			}
			if (line != null) {
				run.add(line);
			}
			previous = line == null ? null : element;
		}
		align(run, joined, spaces);
		return spaces;
	}

	/** Whether the element comes right after the previous one, on the next line, and is of the same kind. */
	private static boolean follows(IEObjectRegion previous, IEObjectRegion element) {
		IHiddenRegion gap = previous.getNextHiddenRegion();
		EObject before = previous.getSemanticElement();
		EObject after = element.getSemanticElement();
		return gap == element.getPreviousHiddenRegion() && !gap.containsComment()
				&& gap.getText().chars().filter(c -> c == '\n').count() == 1 && before.eClass() == after.eClass()
				&& before.eContainer() == after.eContainer();
	}

	/** The element's tokens, or null when it spans several lines or holds a comment. */
	private static List<ISemanticRegion> oneLineTokens(IEObjectRegion element) {
		ISemanticRegion first = element.getPreviousHiddenRegion().getNextSemanticRegion();
		ISemanticRegion last = element.getNextHiddenRegion().getPreviousSemanticRegion();
		List<ISemanticRegion> tokens = new ArrayList<>();
		for (ISemanticRegion token = first; token != null; token = token.getNextSemanticRegion()) {
			tokens.add(token);
			if (token == last) {
				return tokens;
			}
			IHiddenRegion gap = token.getNextHiddenRegion();
			if (gap.containsComment() || gap.isMultiline()) {
				return null;
			}
		}
		return null;
	}

	private static void align(List<List<ISemanticRegion>> run, BiPredicate<ISemanticRegion, ISemanticRegion> joined,
			Map<IHiddenRegion, String> spaces) {
		if (run.size() < 2) {
			return;
		}
		int shared = sharedShape(run, joined);
		if (!authorAligned(run, shared)) {
			return;
		}
		if (alignedAsWritten(run, shared)) {
			for (List<ISemanticRegion> line : run) {
				for (int k = 1; k < shared; k++) {
					IHiddenRegion gap = line.get(k - 1).getNextHiddenRegion();
					spaces.put(gap, gap.getText());
				}
			}
			return;
		}
		int[] column = new int[shared];
		for (int k = 1; k < shared; k++) {
			int widest = 0;
			for (List<ISemanticRegion> line : run) {
				widest = Math.max(widest, line.get(k - 1).getLength());
			}
			column[k] = column[k - 1] + widest + 1;
		}
		for (List<ISemanticRegion> line : run) {
			for (int k = 1; k < shared; k++) {
				int width = column[k] - column[k - 1] - line.get(k - 1).getLength();
				spaces.put(line.get(k - 1).getNextHiddenRegion(), " ".repeat(width));
			}
		}
	}

	/**
	 * How many leading tokens all lines share in shape, stopping before a gap the formatter closes (a space before a
	 * comma is never padded).
	 */
	private static int sharedShape(List<List<ISemanticRegion>> run, BiPredicate<ISemanticRegion, ISemanticRegion> joined) {
		List<ISemanticRegion> model = run.get(0);
		int shared = run.stream().mapToInt(List::size).min().orElse(0);
		for (int k = 0; k < shared; k++) {
			for (List<ISemanticRegion> line : run) {
				if (!Objects.equals(shape(line.get(k)), shape(model.get(k)))
						|| (k > 0 && joined.test(line.get(k - 1), line.get(k)))) {
					return k;
				}
			}
		}
		return shared;
	}

	private static boolean authorAligned(List<List<ISemanticRegion>> run, int shared) {
		for (List<ISemanticRegion> line : run) {
			for (int k = 1; k < shared; k++) {
				if (line.get(k - 1).getNextHiddenRegion().getLength() > 1) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether each column starts within one character across the lines, and the gaps are spaces only. */
	private static boolean alignedAsWritten(List<List<ISemanticRegion>> run, int shared) {
		for (int k = 1; k < shared; k++) {
			int leftmost = Integer.MAX_VALUE;
			int rightmost = Integer.MIN_VALUE;
			for (List<ISemanticRegion> line : run) {
				if (line.get(k - 1).getNextHiddenRegion().getText().chars().anyMatch(c -> c != ' ')) {
					return false;
				}
				int column = line.get(k).getOffset() - line.get(0).getOffset();
				leftmost = Math.min(leftmost, column);
				rightmost = Math.max(rightmost, column);
			}
			if (rightmost - leftmost > 1) {
				return false;
			}
		}
		return true;
	}

	/** A keyword by its text (the same keyword may appear at several places of a rule), anything else by its rule. */
	private static Object shape(ISemanticRegion token) {
		return token.getGrammarElement() instanceof Keyword keyword ? keyword.getValue() : token.getGrammarElement();
	}
}
