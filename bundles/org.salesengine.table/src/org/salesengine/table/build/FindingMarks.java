package org.salesengine.table.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.salesengine.dsl.load.Finding;
import org.salesengine.table.model.FindingMark;

/**
 * The findings of a validation run by the qualified name of the element they are about, turned into the mark a
 * header or cell carries: the worst severity wins. Infos count too (a table is read at leisure, unlike a diagram's
 * badges, which only call to act); ignored findings do not.
 */
public final class FindingMarks {
	private final Map<String, List<Finding>> byElement = new LinkedHashMap<>();

	private FindingMarks(List<Finding> findings) {
		for (Finding finding : findings) {
			if (level(finding) != null && !finding.element().isEmpty()) {
				byElement.computeIfAbsent(finding.element(), id -> new ArrayList<>()).add(finding);
			}
		}
	}

	public static FindingMarks of(List<Finding> findings) {
		return new FindingMarks(findings);
	}

	/** The mark of one element, or null when it has no finding. */
	public FindingMark about(String elementId) {
		return about(List.of(elementId));
	}

	/** The mark of several elements together (a cell that names them), or null when none has a finding. */
	public FindingMark about(Collection<String> elementIds) {
		List<Finding> found = new ArrayList<>();
		for (String id : new LinkedHashSet<>(elementIds)) {
			found.addAll(byElement.getOrDefault(id, List.of()));
		}
		if (found.isEmpty()) {
			return null;
		}
		// Worst first, then in the order validation reported them (the sort is stable).
		found.sort(Comparator.comparing(FindingMarks::level));
		List<FindingMark.Entry> entries = found.stream()
				.map(finding -> new FindingMark.Entry(level(finding), finding.code(), finding.message())).toList();
		return new FindingMark(entries.get(0).level(), entries);
	}

	private static FindingMark.Level level(Finding finding) {
		return switch (finding.severity()) {
			case ERROR -> FindingMark.Level.ERROR;
			case WARNING -> FindingMark.Level.WARNING;
			case INFO -> FindingMark.Level.INFO;
			case IGNORE -> null;
		};
	}
}
