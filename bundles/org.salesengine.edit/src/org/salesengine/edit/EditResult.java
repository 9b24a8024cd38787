package org.salesengine.edit;

import java.util.List;

/**
 * What an operation does: the edits of every file it changes, in file order, and a one-line summary; or, when it is
 * refused, why, with nothing to apply. A deletion that would leave references dangling is refused with the list of
 * {@link Breakage}s until it is forced.
 */
public record EditResult(boolean applied, String message, List<FileEdit> files, List<Breakage> breakages) {

	public EditResult {
		files = List.copyOf(files);
		breakages = List.copyOf(breakages);
	}

	static EditResult refused(String why) {
		return new EditResult(false, why, List.of(), List.of());
	}

	static EditResult refused(String why, List<Breakage> breakages) {
		return new EditResult(false, why, List.of(), breakages);
	}
}
