package org.salesengine.table.render;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableRow;

/**
 * Numbers the finding marks of a table in reading order (column headings left to right, then each row's heading and
 * cells), so a mark on the grid points to its note under it: the same numbers in text, SVG and PNG.
 */
public final class MarkNumbers {

	/** One numbered mark: {@code where} names the header or cell that carries it. */
	public record Note(int number, String where, FindingMark mark) {
	}

	private final int[] columns;
	private final int[] rows;
	private final int[][] cells;
	private final List<Note> notes = new ArrayList<>();

	private MarkNumbers(Table table) {
		columns = new int[table.columns().size()];
		rows = new int[table.rows().size()];
		cells = new int[table.rows().size()][table.columns().size()];
		for (int c = 0; c < columns.length; c++) {
			columns[c] = number(table.columns().get(c).label(), table.columns().get(c).mark());
		}
		for (int r = 0; r < rows.length; r++) {
			TableRow row = table.rows().get(r);
			rows[r] = number(row.label(), row.mark());
			for (int c = 0; c < columns.length; c++) {
				TableCell cell = row.cells().get(c);
				cells[r][c] = number(row.label() + " · " + table.columns().get(c).label(), cell.mark());
			}
		}
	}

	public static MarkNumbers of(Table table) {
		return new MarkNumbers(table);
	}

	/** The number of a column heading's mark, or 0 when it has none. */
	public int column(int column) {
		return columns[column];
	}

	public int row(int row) {
		return rows[row];
	}

	public int cell(int row, int column) {
		return cells[row][column];
	}

	public List<Note> notes() {
		return List.copyOf(notes);
	}

	private int number(String where, FindingMark mark) {
		if (mark == null) {
			return 0;
		}
		notes.add(new Note(notes.size() + 1, where, mark));
		return notes.size();
	}
}
