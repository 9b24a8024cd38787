package org.salesengine.table.model;

import java.util.List;

/**
 * One cell. {@code text} is the value as the .sales language writes it (45k, 40%, 1.5x, 6 months; names joined by
 * ", "), or "x" for a relationship that holds; empty when there is nothing to show. {@code elements} are the ids
 * ({@code ElementIds.of}) of the elements the cell shows, the one that holds the value first, for navigation.
 * {@code property} is the EMF feature of that first element the text is the value of ("headcount", "supports"), so
 * that an editor can write the cell back through the value converters; empty when the cell is derived from several
 * links and has no single place in the source. {@code mark} carries the findings about the elements the cell
 * names, or is null.
 */
public record TableCell(String text, List<String> elements, String property, boolean link, FindingMark mark) {
	/** The text of a relationship that holds, in text and CSV; painted as a dot. */
	public static final String LINKED = "x";
	public static final TableCell EMPTY = new TableCell("", List.of(), "", false, null);

	public TableCell {
		elements = List.copyOf(elements);
	}

	/** A relationship cell: linked or not, held by {@code holder}'s {@code property}. */
	public static TableCell link(boolean linked, String holder, String property) {
		return new TableCell(linked ? LINKED : "", List.of(holder), property, true, null);
	}

	public static TableCell value(String text, String element, String property) {
		return new TableCell(text == null ? "" : text, element == null ? List.of() : List.of(element), property, false, null);
	}

	public boolean linked() {
		return link && LINKED.equals(text);
	}

	public TableCell withMark(FindingMark newMark) {
		return new TableCell(text, elements, property, link, newMark);
	}
}
