package org.salesengine.data.sheet;

import java.util.List;

/** A data row, with its row number as a spreadsheet program shows it (the header is usually row 1). */
public record Row(int number, List<Cell> cells) {
	public Row {
		cells = List.copyOf(cells);
	}

	/** The cell in that column, or an empty one when the row is shorter. */
	public Cell cell(int column) {
		return column < 0 || column >= cells.size() ? Cell.EMPTY : cells.get(column);
	}

	public boolean isBlank() {
		return cells.stream().allMatch(Cell::isBlank);
	}
}
