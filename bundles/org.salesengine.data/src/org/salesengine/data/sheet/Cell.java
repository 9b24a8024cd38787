package org.salesengine.data.sheet;

import java.math.BigDecimal;

/**
 * One cell as the sheet holds it. {@code text} is what a person sees (a formula as {@code =HYPERLINK(...)}, never its
 * result); {@code number} is set only for a spreadsheet's number cell, with {@code percent} when the cell is formatted
 * as a percentage (0.8 shown as 80%). A CSV has text only.
 */
public record Cell(String text, BigDecimal number, boolean percent) {
	public static final Cell EMPTY = new Cell("", null, false);

	public static Cell text(String text) {
		return new Cell(text == null ? "" : text.strip(), null, false);
	}

	public boolean isBlank() {
		return number == null && text.isBlank();
	}
}
