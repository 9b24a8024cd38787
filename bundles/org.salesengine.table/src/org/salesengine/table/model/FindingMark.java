package org.salesengine.table.model;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The findings about the elements a header or cell stands for, worst first: the first one's level decides the mark.
 * Renderers show the level (a badge), the codes (a findings column) or the messages (a footnote, a tooltip).
 */
public record FindingMark(Level level, List<Entry> entries) {

	/** Worst first. */
	public enum Level {
		ERROR("error"), WARNING("warning"), INFO("info");

		private final String label;

		Level(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** One finding: its severity, its rule code and its message as {@code salesengine check} prints it. */
	public record Entry(Level level, String code, String message) {
		/** {@code warning: KPI Calls is paid on but no ritual reviews it [unreviewed-kpi]}, as check writes it. */
		public String line() {
			return level.label() + ": " + message + " [" + code + "]";
		}
	}

	public FindingMark {
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("a finding mark has at least one finding");
		}
		entries = List.copyOf(entries);
	}

	/** The distinct rule codes, worst first. */
	public List<String> codes() {
		return List.copyOf(new LinkedHashSet<>(entries.stream().map(Entry::code).toList()));
	}

	/** {@code error: formula-cycle; warning: unreviewed-kpi}: one "level: code" per distinct finding kind. */
	public String summary() {
		LinkedHashSet<String> parts = new LinkedHashSet<>();
		entries.forEach(entry -> parts.add(entry.level().label() + ": " + entry.code()));
		return String.join("; ", parts);
	}
}
