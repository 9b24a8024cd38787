package org.salesengine.data.roster;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.data.columns.CellValues.BadValue;
import org.salesengine.data.sheet.Row;

/** Every problem of one sheet, each as {@code file:row:Column: message}, in row order (a row's own in the order they were found); nothing is written while there are any. */
final class Problems {
	private final String file;
	private record Line(int row, String text) {
	}

	private final List<Line> lines = new ArrayList<>();

	Problems(String file) {
		this.file = file;
	}

	void at(Row row, String column, String message) {
		lines.add(new Line(row.number(), file + ":" + row.number() + ":" + column + ": " + message));
	}

	void at(Row row, String column, BadValue bad) {
		at(row, column, bad.getMessage());
	}

	/** A problem of the whole sheet, such as a missing column: located at the header row. */
	void ofSheet(String message) {
		lines.add(new Line(1, file + ":1: " + message));
	}

	boolean any() {
		return !lines.isEmpty();
	}

	List<String> lines() {
		return lines.stream().sorted(java.util.Comparator.comparingInt(Line::row)).map(Line::text).toList();
	}
}
