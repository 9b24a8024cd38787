package org.salesengine.table.render;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.model.TableScenario;

/**
 * Where everything of a table goes on a slide, measured with the real font: column widths and row heights fit their
 * text, lists put one value on each line, long values wrap at spaces (a name is never cut), and the headings of
 * element columns stand upright, so a grid of ten KPIs stays narrow. Coordinates are in pixels, from the top-left corner.
 */
final class TableLayout {
	static final double MARGIN = 24;
	static final double PAD_X = 8;
	static final double PAD_Y = 6;
	static final double BADGE = 16;
	static final double BADGE_GAP = 4;
	static final double TITLE_GAP = 4;
	static final double GRID_GAP = 16;
	static final double MIN_ELEMENT_COLUMN = 30;
	static final double MIN_ROW = 30;
	/** Text columns and row headings wrap beyond this, so one long list does not push the grid off the slide. */
	static final double MAX_TEXT = 230;
	static final double NOTES_MIN_WIDTH = 560;

	final Table table;
	final MarkNumbers numbers;
	final TextMetrics metrics;
	final double titleBaseline;
	final double subtitleBaseline;
	final double gridLeft;
	final double gridTop;
	final double rowHeaderWidth;
	final double headerHeight;
	final double[] columnLeft;
	final double[] columnWidth;
	final double[] rowTop;
	final double[] rowHeight;
	/** The lines of each row's display name, of each cell, and of each text column's heading. */
	final List<List<String>> detailLines = new ArrayList<>();
	final List<List<List<String>>> cellLines = new ArrayList<>();
	final List<List<String>> headingLines = new ArrayList<>();
	final double notesTop;
	/** Where the scenario's list of changed cells starts, under the findings. */
	final double scenarioTop;
	final double width;
	final double height;

	TableLayout(Table table, TextMetrics metrics) {
		this.table = table;
		this.metrics = metrics;
		this.numbers = MarkNumbers.of(table);
		int columns = table.columns().size();
		int rows = table.rows().size();
		titleBaseline = MARGIN + metrics.ascent(TextStyle.TITLE);
		subtitleBaseline = MARGIN + metrics.lineHeight(TextStyle.TITLE) + TITLE_GAP + metrics.ascent(TextStyle.SUBTITLE);
		gridLeft = MARGIN;
		gridTop = MARGIN + metrics.lineHeight(TextStyle.TITLE) + TITLE_GAP + metrics.lineHeight(TextStyle.SUBTITLE) + GRID_GAP;

		double headingInner = metrics.width(table.kind().rowHeading(), TextStyle.NAME);
		for (int r = 0; r < rows; r++) {
			TableRow row = table.rows().get(r);
			headingInner = Math.max(headingInner, metrics.width(row.label(), TextStyle.NAME) + badgeRoom(numbers.row(r)));
			headingInner = Math.max(headingInner, Math.min(MAX_TEXT, metrics.width(row.detail(), TextStyle.DETAIL)));
		}
		rowHeaderWidth = headingInner + 2 * PAD_X;
		for (TableRow row : table.rows()) {
			detailLines.add(wrap(row.detail(), TextStyle.DETAIL, headingInner));
		}

		columnWidth = new double[columns];
		double upright = 0;
		double level = 0;
		for (int c = 0; c < columns; c++) {
			TableColumn column = table.columns().get(c);
			double widest = 0;
			for (int r = 0; r < rows; r++) {
				for (String value : table.rows().get(r).cells().get(c).values()) {
					widest = Math.max(widest, metrics.width(value, TextStyle.TEXT) + badgeRoom(numbers.cell(r, c)) + changeRoom(r, c));
				}
			}
			double labelWidth = metrics.width(column.label(), TextStyle.NAME) + badgeRoom(numbers.column(c));
			if (column.standsForElement()) {
				columnWidth[c] = Math.max(MIN_ELEMENT_COLUMN, widest + 2 * PAD_X);
				upright = Math.max(upright, labelWidth + 2 * PAD_Y);
				headingLines.add(List.of(column.label()));
			} else {
				double inner = Math.max(labelWidth, Math.min(MAX_TEXT, widest));
				columnWidth[c] = inner + 2 * PAD_X;
				List<String> lines = wrap(column.label(), TextStyle.NAME, inner - badgeRoom(numbers.column(c)));
				headingLines.add(lines);
				level = Math.max(level, lines.size() * metrics.lineHeight(TextStyle.NAME) + 2 * PAD_Y);
			}
		}
		headerHeight = Math.max(Math.max(upright, level), metrics.lineHeight(TextStyle.NAME) + 2 * PAD_Y);
		columnLeft = new double[columns];
		double x = gridLeft + rowHeaderWidth;
		for (int c = 0; c < columns; c++) {
			columnLeft[c] = x;
			x += columnWidth[c];
		}
		double gridRight = x;

		rowTop = new double[rows];
		rowHeight = new double[rows];
		double y = gridTop + headerHeight;
		for (int r = 0; r < rows; r++) {
			TableRow row = table.rows().get(r);
			List<List<String>> lines = new ArrayList<>();
			double tallest = metrics.lineHeight(TextStyle.NAME) + detailLines.get(r).size() * metrics.lineHeight(TextStyle.DETAIL);
			for (int c = 0; c < columns; c++) {
				double room = columnWidth[c] - 2 * PAD_X - badgeRoom(numbers.cell(r, c)) - changeRoom(r, c);
				List<String> cell = lines(row.cells().get(c), room);
				lines.add(cell);
				tallest = Math.max(tallest, cell.size() * metrics.lineHeight(TextStyle.TEXT));
			}
			cellLines.add(lines);
			rowTop[r] = y;
			rowHeight[r] = Math.max(MIN_ROW, tallest + 2 * PAD_Y);
			y += rowHeight[r];
		}
		double gridBottom = y;
		notesTop = gridBottom + GRID_GAP;
		double right = Math.max(gridRight, gridLeft + Math.max(metrics.width(table.title(), TextStyle.TITLE),
				metrics.width(table.subtitle(), TextStyle.SUBTITLE)));
		// Whole pixels: a PNG a fraction of a pixel larger than the drawing would end in a grey seam.
		boolean notes = !numbers.notes().isEmpty() || table.scenario() != null;
		width = Math.ceil(Math.max(right, gridLeft + (notes ? NOTES_MIN_WIDTH : 0)) + MARGIN);
		scenarioTop = notesBottom() + GRID_GAP;
		height = Math.ceil((table.scenario() == null ? notesBottom() : scenarioTop + scenarioLines().size() * metrics.lineHeight(TextStyle.LEGEND)
				+ metrics.lineHeight(TextStyle.LEGEND_TITLE) + PAD_Y) + MARGIN);
	}

	double gridRight() {
		return columnLeft.length == 0 ? gridLeft + rowHeaderWidth : columnLeft[columnLeft.length - 1] + columnWidth[columnWidth.length - 1];
	}

	double gridBottom() {
		return rowTop.length == 0 ? gridTop + headerHeight : rowTop[rowTop.length - 1] + rowHeight[rowHeight.length - 1];
	}

	double notesWidth() {
		return Math.max(NOTES_MIN_WIDTH, gridRight() - gridLeft) - BADGE - BADGE_GAP;
	}

	/** The wrapped lines of each note: "where: message" per finding. */
	List<List<String>> noteLines() {
		List<List<String>> all = new ArrayList<>();
		for (MarkNumbers.Note note : numbers.notes()) {
			List<String> lines = new ArrayList<>();
			// The place is named once; each finding about it starts a line of its own.
			String prefix = note.where() + ": ";
			for (var entry : note.mark().entries()) {
				lines.addAll(wrap(prefix + entry.line(), TextStyle.LEGEND, notesWidth()));
				prefix = "";
			}
			all.add(lines);
		}
		return all;
	}

	private double notesBottom() {
		if (numbers.notes().isEmpty()) {
			return gridBottom();
		}
		double y = notesTop + metrics.lineHeight(TextStyle.LEGEND_TITLE) + PAD_Y;
		for (List<String> lines : noteLines()) {
			y += Math.max(BADGE, lines.size() * metrics.lineHeight(TextStyle.LEGEND)) + PAD_Y;
		}
		return y;
	}

	/** A list puts each value on a line of its own, so a column is as wide as its longest name, not its longest list. */
	private List<String> lines(TableCell cell, double room) {
		List<String> lines = new ArrayList<>();
		for (String value : cell.values()) {
			lines.addAll(wrap(value, TextStyle.TEXT, room));
		}
		return lines;
	}

	private List<String> wrap(String text, TextStyle style, double room) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R")) {
			lines.addAll(metrics.wrap(paragraph, style, room));
		}
		return lines;
	}

	/** The scenario's changes as listed under the grid: "Δ1 BDR · headcount: BDR.headcount 12 → 14", wrapped. */
	List<String> scenarioLines() {
		List<String> lines = new ArrayList<>();
		TableScenario scenario = table.scenario();
		for (TableScenario.ChangedCell cell : scenario.cells()) {
			String prefix = cell.marker() + " " + cell.where() + ": ";
			for (String change : cell.changes()) {
				lines.addAll(wrap(prefix + change, TextStyle.LEGEND, notesWidth()));
				prefix = "";
			}
		}
		scenario.elsewhereLine().ifPresent(line -> lines.addAll(wrap(line, TextStyle.LEGEND, notesWidth())));
		return lines;
	}

	/** The cell's scenario marker ("Δ1"), or null when the scenario did not change it (or the table shows none). */
	String changeMarker(int row, int column) {
		if (table.scenario() == null) {
			return null;
		}
		return table.scenario().cell(table.rows().get(row).id(), table.columns().get(column).id()).map(TableScenario.ChangedCell::marker)
				.orElse(null);
	}

	private double changeRoom(int row, int column) {
		String marker = changeMarker(row, column);
		return marker == null ? 0 : metrics.width(marker, TextStyle.CHANGE) + BADGE_GAP;
	}

	private static double badgeRoom(int number) {
		return number == 0 ? 0 : BADGE + BADGE_GAP;
	}
}
