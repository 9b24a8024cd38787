package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for the text report: the first column left-aligned (names), the others right-aligned (figures),
 * unless told otherwise. Widths fit the widest cell, so a table never needs a terminal size.
 */
public final class TextTable {
	private final String indent;
	private final boolean[] leftAligned;
	private final List<String[]> rows = new ArrayList<>();

	public TextTable(String indent, String... header) {
		this.indent = indent;
		this.leftAligned = new boolean[header.length];
		this.leftAligned[0] = true;
		rows.add(header);
	}

	public TextTable left(int column) {
		leftAligned[column] = true;
		return this;
	}

	public TextTable row(String... cells) {
		rows.add(cells);
		return this;
	}

	public void print(PrintWriter out) {
		int columns = leftAligned.length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				widths[c] = Math.max(widths[c], row[c].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder(indent);
			for (int c = 0; c < row.length; c++) {
				String cell = row[c];
				String pad = " ".repeat(widths[c] - cell.length());
				line.append(c == 0 ? "" : "  ").append(leftAligned[c] ? cell + pad : pad + cell);
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
