package org.salesengine.data.columns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which column of a sheet holds what: header texts matched to the documented names (case-insensitively, ignoring
 * spaces and punctuation), or to the names a mapping file gives. The first column that matches wins.
 */
public final class Header<C extends ColumnName> {
	private final List<String> texts;
	private final Map<C, Integer> columns;

	private Header(List<String> texts, Map<C, Integer> columns) {
		this.texts = texts;
		this.columns = columns;
	}

	/**
	 * @param mapping key → header text, from a mapping file; these win over the documented names
	 * @param missing where the names of required columns that are not there are added, each as a message
	 */
	public static <C extends ColumnName> Header<C> of(List<String> header, C[] names, Map<String, String> mapping, List<String> missing) {
		Map<C, Integer> columns = new LinkedHashMap<>();
		for (C name : names) {
			String mapped = mapping.get(name.key());
			List<String> wanted = mapped != null ? List.of(mapped) : name.aliases();
			int found = -1;
			for (int i = 0; i < header.size() && found < 0; i++) {
				for (String alias : wanted) {
					if (normal(header.get(i)).equals(normal(alias))) {
						found = i;
						break;
					}
				}
			}
			if (found >= 0) {
				columns.put(name, found);
			} else if (name.required() || mapped != null) {
				missing.add(mapped != null ? "no column '" + mapped + "' (the mapping's name for " + name.key() + ")"
						: "no column for " + name.meaning() + ": expected one of " + String.join(", ", name.aliases())
								+ ", or name it in a mapping file (" + name.key() + " = ...)");
			}
		}
		return new Header<>(List.copyOf(header), columns);
	}

	/** "Close Date", "close_date" and "CloseDate" are one name. */
	public static String normal(String text) {
		StringBuilder normal = new StringBuilder();
		text.strip().toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(normal::appendCodePoint);
		return normal.toString();
	}

	public boolean has(C name) {
		return columns.containsKey(name);
	}

	/** The column's index, or -1. */
	public int index(C name) {
		return columns.getOrDefault(name, -1);
	}

	/** The header text of that column as the file writes it, for messages. */
	public String text(C name) {
		int index = index(name);
		return index < 0 ? name.key() : texts.get(index);
	}

	public List<C> found() {
		return new ArrayList<>(columns.keySet());
	}
}
