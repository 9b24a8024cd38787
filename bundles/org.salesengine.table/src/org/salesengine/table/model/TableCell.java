package org.salesengine.table.model;

import java.util.Arrays;
import java.util.List;

/**
 * One cell. {@code text} is the value as the .sales language writes it (45k, 40%, 1.5x, 6 months), several values
 * joined by ", " (a {@link Kind#LIST}), or "x" for a relationship that holds (a {@link Kind#LINK}); empty when there is
 * nothing to show. {@code elements} are the ids ({@code ElementIds.of}) of the elements the cell shows, the one that
 * holds the value first, for navigation. {@code property} is the EMF feature of that first element the text is the
 * value of ("headcount", "supports"; "mix" for a pay mix's two shares), so that an editor can write the cell back
 * through the value converters; empty when the cell is derived from links held elsewhere and has no single place in
 * the source. {@code mark} carries the findings about the elements the cell names, or is null.
 */
public record TableCell(String text, List<String> elements, String property, Kind kind, FindingMark mark) {
	/** The text of a relationship that holds, in text and CSV; painted as a dot. */
	public static final String LINKED = "x";
	/** Between the values of a list. */
	public static final String SEPARATOR = ", ";
	public static final TableCell EMPTY = new TableCell("", List.of(), "", Kind.VALUE, null);

	/** What the text is: one value, values joined by {@link #SEPARATOR}, or a relationship that holds or not. */
	public enum Kind {
		VALUE, LIST, LINK
	}

	public TableCell {
		elements = List.copyOf(elements);
	}

	/** A relationship cell: linked or not, held by {@code holder}'s {@code property}. */
	public static TableCell link(boolean linked, String holder, String property) {
		return new TableCell(linked ? LINKED : "", List.of(holder), property, Kind.LINK, null);
	}

	public static TableCell value(String text, String element, String property) {
		return new TableCell(text == null ? "" : text, element == null ? List.of() : List.of(element), property, Kind.VALUE, null);
	}

	/** Values joined into one cell, e.g. the rituals that review a KPI. */
	public static TableCell list(List<String> values, List<String> elements, String property, FindingMark mark) {
		return new TableCell(String.join(SEPARATOR, values), elements, property, Kind.LIST, mark);
	}

	public boolean linked() {
		return kind == Kind.LINK && LINKED.equals(text);
	}

	/** The values one by one: a renderer may put each on a line of its own. */
	public List<String> values() {
		if (text.isEmpty()) {
			return List.of();
		}
		return kind == Kind.LIST ? Arrays.asList(text.split(SEPARATOR)) : List.of(text);
	}
}
