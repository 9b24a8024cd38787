package org.salesengine.table.render;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.paint.Drawing;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.PillarColors;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.diagram.style.Theme;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.model.TableScenario;

/**
 * A table as a styled grid for slides, painted on the diagrams' canvases ({@link SvgWriter}, {@link PngPainter})
 * with their palette: headings tinted by pillar, a dot where a relationship holds, and the findings as the diagrams
 * show them (a round red badge for an error, a square amber one for a warning, a grey one for an info), numbered
 * and explained under the grid. In SVG every header and cell is a group that names its elements (data-element) and
 * carries its findings as a tooltip.
 */
public final class TableDrawing implements Drawing {
	private static final double DOT_RADIUS = 5.5;
	private static TextMetrics sharedMetrics;

	private final TableLayout layout;
	private final Theme theme = Theme.DEFAULT;

	private TableDrawing(TableLayout layout) {
		this.layout = layout;
	}

	public static TableDrawing of(Table table) {
		return new TableDrawing(new TableLayout(table, metrics()));
	}

	public static String svg(Table table) {
		return SvgWriter.write(of(table));
	}

	public static byte[] png(Table table) {
		return PngPainter.paint(of(table), PngPainter.DEFAULT_SCALE);
	}

	/** Fonts are looked up once per process: the first lookup scans the installed fonts. */
	private static synchronized TextMetrics metrics() {
		if (sharedMetrics == null) {
			sharedMetrics = new TextMetrics(Theme.DEFAULT);
		}
		return sharedMetrics;
	}

	@Override
	public double width() {
		return layout.width;
	}

	@Override
	public double height() {
		return layout.height;
	}

	@Override
	public void paint(Canvas canvas) {
		Table table = layout.table;
		canvas.begin(table.id(), table.title(), layout.width, layout.height, theme.background());
		canvas.beginGroup("table-header", List.of("header"), table.engineName(), null);
		canvas.text(table.title(), layout.gridLeft, layout.titleBaseline, theme.text(TextStyle.TITLE), Canvas.Anchor.START);
		canvas.text(table.subtitle(), layout.gridLeft, layout.subtitleBaseline, theme.text(TextStyle.SUBTITLE), Canvas.Anchor.START);
		canvas.endGroup();
		corner(canvas);
		for (int c = 0; c < table.columns().size(); c++) {
			heading(canvas, c);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			row(canvas, r);
		}
		notes(canvas);
		scenario(canvas);
		canvas.end();
	}

	private void corner(Canvas canvas) {
		Bounds corner = new Bounds(layout.gridLeft, layout.gridTop, layout.rowHeaderWidth, layout.headerHeight);
		canvas.rectangle(corner, TableLooks.cell(Palette.PAPER));
		TextLook look = theme.text(TextStyle.NAME).withColor(Palette.MUTED_INK);
		canvas.text(layout.table.kind().rowHeading(), corner.x() + TableLayout.PAD_X, corner.bottom() - TableLayout.PAD_Y
				- layout.metrics.lineHeight(TextStyle.NAME) + layout.metrics.ascent(TextStyle.NAME), look, Canvas.Anchor.START);
	}

	private void heading(Canvas canvas, int c) {
		TableColumn column = layout.table.columns().get(c);
		PillarColors colors = Palette.of(column.pillar());
		Bounds cell = new Bounds(layout.columnLeft[c], layout.gridTop, layout.columnWidth[c], layout.headerHeight);
		canvas.beginGroup("column-" + column.id(), classes("column", column.pillar(), column.mark()), first(column.elements()), tooltip(column.mark()));
		// Element columns get the pillar's fill, summary and setting columns its lighter wash.
		box(canvas, cell, column.standsForElement() ? colors.fill() : colors.wash(), column.mark());
		TextLook look = theme.text(TextStyle.NAME).withColor(colors.strong());
		int number = layout.numbers.column(c);
		double textBottom = cell.bottom() - TableLayout.PAD_Y;
		if (column.standsForElement()) {
			// Upright, reading upwards from the grid; centred on the column by the height of capitals.
			double x = cell.centerX() + look.size() * 0.36;
			canvas.textUpward(column.label(), x, textBottom, look);
			if (number > 0) {
				double top = textBottom - layout.metrics.width(column.label(), TextStyle.NAME) - TableLayout.BADGE_GAP - TableLayout.BADGE;
				badge(canvas, column.mark(), number, new Bounds(cell.centerX() - TableLayout.BADGE / 2, top, TableLayout.BADGE, TableLayout.BADGE));
			}
		} else {
			List<String> lines = layout.headingLines.get(c);
			double lineHeight = layout.metrics.lineHeight(TextStyle.NAME);
			double top = textBottom - lines.size() * lineHeight;
			lines(canvas, lines, cell.x() + TableLayout.PAD_X, top, TextStyle.NAME, look);
			if (number > 0) {
				double right = cell.x() + TableLayout.PAD_X + layout.metrics.width(lines.get(lines.size() - 1), TextStyle.NAME) + TableLayout.BADGE_GAP;
				badge(canvas, column.mark(), number, new Bounds(right, textBottom - lineHeight + (lineHeight - TableLayout.BADGE) / 2,
						TableLayout.BADGE, TableLayout.BADGE));
			}
		}
		canvas.endGroup();
	}

	private void row(Canvas canvas, int r) {
		TableRow row = layout.table.rows().get(r);
		PillarColors colors = Palette.of(row.pillar());
		double top = layout.rowTop[r];
		double height = layout.rowHeight[r];
		canvas.beginGroup("row-" + row.id(), classes("row", row.pillar(), row.mark()), row.id(), tooltip(row.mark()));
		Bounds heading = new Bounds(layout.gridLeft, top, layout.rowHeaderWidth, height);
		box(canvas, heading, colors.wash(), row.mark());
		double x = heading.x() + TableLayout.PAD_X;
		double y = top + TableLayout.PAD_Y;
		canvas.text(row.label(), x, y + layout.metrics.ascent(TextStyle.NAME), theme.text(TextStyle.NAME), Canvas.Anchor.START);
		int number = layout.numbers.row(r);
		if (number > 0) {
			double nameHeight = layout.metrics.lineHeight(TextStyle.NAME);
			badge(canvas, row.mark(), number, new Bounds(x + layout.metrics.width(row.label(), TextStyle.NAME) + TableLayout.BADGE_GAP,
					y + (nameHeight - TableLayout.BADGE) / 2, TableLayout.BADGE, TableLayout.BADGE));
		}
		lines(canvas, layout.detailLines.get(r), x, y + layout.metrics.lineHeight(TextStyle.NAME), TextStyle.DETAIL, theme.text(TextStyle.DETAIL));
		for (int c = 0; c < row.cells().size(); c++) {
			cell(canvas, r, c);
		}
		canvas.endGroup();
	}

	private void cell(Canvas canvas, int r, int c) {
		TableCell cell = layout.table.rows().get(r).cells().get(c);
		TableColumn column = layout.table.columns().get(c);
		Bounds box = new Bounds(layout.columnLeft[c], layout.rowTop[r], layout.columnWidth[c], layout.rowHeight[r]);
		String changed = layout.changeMarker(r, c);
		if (cell.text().isEmpty() && cell.mark() == null && changed == null) {
			canvas.rectangle(box, TableLooks.cell(stripe(r)));
			return;
		}
		List<String> classes = classes("cell", column.pillar(), cell.mark());
		if (changed != null) {
			classes.add(ScenarioMarks.CHANGED);
		}
		canvas.beginGroup("cell-" + layout.table.rows().get(r).id() + "-" + column.id(), classes, first(cell.elements()), tooltip(cell.mark()));
		box(canvas, box, stripe(r), cell.mark());
		if (changed != null) {
			// As the diagrams outline a changed box; a finding on the cell keeps its badge.
			canvas.rectangle(box.grow(-0.5 - TableLooks.CHANGED_WIDTH / 2), TableLooks.CHANGED);
		}
		if (cell.linked()) {
			// On the middle of the row's first line, level with the row's name and the first line of text cells.
			double radius = DOT_RADIUS;
			double middle = box.y() + TableLayout.PAD_Y + layout.metrics.lineHeight(TextStyle.NAME) / 2;
			canvas.ellipse(new Bounds(box.centerX() - radius, middle - radius, 2 * radius, 2 * radius),
					ShapeLook.filled(Palette.of(column.pillar()).strong()));
		} else {
			lines(canvas, layout.cellLines.get(r).get(c), box.x() + TableLayout.PAD_X, box.y() + TableLayout.PAD_Y, TextStyle.TEXT,
					theme.text(TextStyle.TEXT));
		}
		int number = layout.numbers.cell(r, c);
		if (changed != null) {
			// The marker of its line under the grid, at the right of the first line, clear of a finding's badge.
			double right = box.right() - TableLayout.PAD_X - (number > 0 ? TableLayout.BADGE + TableLayout.BADGE_GAP : 0);
			canvas.text(changed, right - layout.metrics.width(changed, TextStyle.CHANGE),
					box.y() + TableLayout.PAD_Y + layout.metrics.ascent(TextStyle.TEXT), theme.text(TextStyle.CHANGE), Canvas.Anchor.START);
		}
		if (number > 0) {
			badge(canvas, cell.mark(), number, new Bounds(box.right() - TableLayout.PAD_X / 2 - TableLayout.BADGE, box.y() + TableLayout.PAD_Y / 2,
					TableLayout.BADGE, TableLayout.BADGE));
		}
		canvas.endGroup();
	}

	private void notes(Canvas canvas) {
		List<MarkNumbers.Note> notes = layout.numbers.notes();
		if (notes.isEmpty()) {
			return;
		}
		canvas.beginGroup("table-findings", List.of("legend"), "", null);
		double y = layout.notesTop;
		canvas.text("Findings", layout.gridLeft, y + layout.metrics.ascent(TextStyle.LEGEND_TITLE), theme.text(TextStyle.LEGEND_TITLE),
				Canvas.Anchor.START);
		y += layout.metrics.lineHeight(TextStyle.LEGEND_TITLE) + TableLayout.PAD_Y;
		List<List<String>> noteLines = layout.noteLines();
		double lineHeight = layout.metrics.lineHeight(TextStyle.LEGEND);
		for (int i = 0; i < notes.size(); i++) {
			MarkNumbers.Note note = notes.get(i);
			badge(canvas, note.mark(), note.number(), new Bounds(layout.gridLeft, y + (lineHeight - TableLayout.BADGE) / 2,
					TableLayout.BADGE, TableLayout.BADGE));
			List<String> lines = noteLines.get(i);
			lines(canvas, lines, layout.gridLeft + TableLayout.BADGE + TableLayout.BADGE_GAP, y, TextStyle.LEGEND, theme.text(TextStyle.LEGEND));
			y += Math.max(TableLayout.BADGE, lines.size() * lineHeight) + TableLayout.PAD_Y;
		}
		canvas.endGroup();
	}

	/** The scenario's legend line, with the changed outline as its swatch, and one line per changed cell. */
	private void scenario(Canvas canvas) {
		TableScenario scenario = layout.table.scenario();
		if (scenario == null) {
			return;
		}
		canvas.beginGroup("table-scenario", List.of("legend", "scenario"), "", null);
		double y = layout.scenarioTop;
		double titleHeight = layout.metrics.lineHeight(TextStyle.LEGEND_TITLE);
		canvas.rectangle(new Bounds(layout.gridLeft, y + (titleHeight - TableLayout.BADGE) / 2, 2 * TableLayout.BADGE, TableLayout.BADGE),
				new ShapeLook(Palette.PAPER, Theme.SCENARIO, TableLooks.CHANGED_WIDTH, List.of(), 0));
		canvas.text(scenario.legend(), layout.gridLeft + 2 * TableLayout.BADGE + TableLayout.BADGE_GAP, y + layout.metrics.ascent(TextStyle.LEGEND_TITLE),
				theme.text(TextStyle.LEGEND_TITLE), Canvas.Anchor.START);
		lines(canvas, layout.scenarioLines(), layout.gridLeft, y + titleHeight + TableLayout.PAD_Y, TextStyle.LEGEND, theme.text(TextStyle.LEGEND));
		canvas.endGroup();
	}

	/** Every other row is tinted, so the eye keeps to its row across a wide grid. */
	private static Rgb stripe(int row) {
		return row % 2 == 1 ? TableLooks.STRIPE : Palette.PAPER;
	}

	private static void box(Canvas canvas, Bounds bounds, Rgb fill, FindingMark mark) {
		canvas.rectangle(bounds, TableLooks.cell(fill));
		if (mark != null) {
			canvas.rectangle(bounds.grow(-0.5 - TableLooks.OUTLINE_WIDTH / 2 - 0.5), TableLooks.outline(mark));
		}
	}

	private void lines(Canvas canvas, List<String> lines, double x, double top, TextStyle style, TextLook look) {
		double y = top;
		for (String line : lines) {
			canvas.text(line, x, y + layout.metrics.ascent(style), look, Canvas.Anchor.START);
			y += layout.metrics.lineHeight(style);
		}
	}

	private void badge(Canvas canvas, FindingMark mark, int number, Bounds where) {
		if (mark.level() == FindingMark.Level.ERROR) {
			canvas.ellipse(where, TableLooks.badge(mark.level()));
		} else {
			canvas.rectangle(where, TableLooks.badge(mark.level()));
		}
		TextLook look = TableLooks.badgeText(mark.level());
		canvas.text(Integer.toString(number), where.centerX(), where.centerY() + look.size() * 0.36, look, Canvas.Anchor.MIDDLE);
	}

	private static List<String> classes(String kind, EnginePillar pillar, FindingMark mark) {
		List<String> classes = new ArrayList<>(List.of(kind, pillar.styleClass()));
		if (mark != null) {
			classes.add(mark.level().label());
		}
		return classes;
	}

	private static String first(List<String> elements) {
		return elements.isEmpty() ? "" : elements.get(0);
	}

	private static String tooltip(FindingMark mark) {
		return mark == null ? null : String.join("\n", mark.entries().stream().map(FindingMark.Entry::line).toList());
	}
}
