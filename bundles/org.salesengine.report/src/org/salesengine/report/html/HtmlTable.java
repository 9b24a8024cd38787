package org.salesengine.report.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of text cells: a caption, headings, rows, and which columns hold numbers (right-aligned, so that a column
 * of amounts lines up). Cells are escaped when written. A cell may carry a class of its own (a heat map's level).
 */
public final class HtmlTable {
	/** A cell with a CSS class of its own. */
	public record Cell(String text, String cssClass) {
	}

	private final String caption;
	private final List<String> headings;
	private final Set<Integer> numeric = new HashSet<>();
	private final List<List<Cell>> rows = new ArrayList<>();
	private final Set<Integer> totalRows = new HashSet<>();
	private String cssClass = "data";

	public HtmlTable(String caption, String... headings) {
		this.caption = caption;
		this.headings = List.of(headings);
	}

	public HtmlTable(String caption, List<String> headings) {
		this.caption = caption;
		this.headings = List.copyOf(headings);
	}

	/** Columns, 0-based, that hold numbers. */
	public HtmlTable numeric(int... columns) {
		Arrays.stream(columns).forEach(numeric::add);
		return this;
	}

	public HtmlTable cssClass(String name) {
		cssClass = name;
		return this;
	}

	public HtmlTable row(String... cells) {
		return row(Arrays.asList(cells));
	}

	public HtmlTable row(List<String> cells) {
		return cells(cells.stream().map(text -> new Cell(text, null)).toList());
	}

	public HtmlTable cells(List<Cell> cells) {
		if (cells.size() != headings.size()) {
			throw new IllegalArgumentException(cells.size() + " cells for " + headings.size() + " columns in " + caption);
		}
		rows.add(List.copyOf(cells));
		return this;
	}

	/** A totals row, set off from the rows above it. */
	public HtmlTable total(String... cells) {
		row(cells);
		totalRows.add(rows.size() - 1);
		return this;
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	public void write(Html out) {
		out.raw("<table class=\"").text(cssClass).raw("\">\n");
		if (caption != null) {
			out.element("caption", null, caption);
		}
		out.raw("<thead><tr>");
		for (int c = 0; c < headings.size(); c++) {
			out.open("th", numeric.contains(c) ? "num" : null).text(headings.get(c)).raw("</th>");
		}
		out.raw("</tr></thead>\n<tbody>\n");
		for (int r = 0; r < rows.size(); r++) {
			out.raw(totalRows.contains(r) ? "<tr class=\"total\">" : "<tr>");
			List<Cell> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				String classes = join(numeric.contains(c) ? "num" : null, cell.cssClass());
				out.open(c == 0 ? "th" : "td", classes).text(cell.text()).raw(c == 0 ? "</th>" : "</td>");
			}
			out.raw("</tr>\n");
		}
		out.raw("</tbody>\n</table>\n");
	}

	private static String join(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : a + " " + b;
	}
}
