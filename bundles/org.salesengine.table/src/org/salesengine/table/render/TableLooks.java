package org.salesengine.table.render;

import java.util.List;

import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.diagram.style.Theme;
import org.salesengine.table.model.FindingMark;

/**
 * The looks of a table, taken from the diagrams' theme: errors and warnings get the diagrams' badges and outline
 * colors; infos, which diagrams do not show, a grey badge. Only the grid line and the row stripe are the table's own.
 */
final class TableLooks {
	/** Thin and light: the grid guides the eye without competing with the marks. */
	static final Rgb GRID = Rgb.hex("#d0d5db");
	static final Rgb STRIPE = Rgb.hex("#f6f7f8");
	static final double OUTLINE_WIDTH = 2;
	/** A cell a scenario changed: the diagrams' changed outline (their violet, as thick). */
	static final double CHANGED_WIDTH = 3;
	static final ShapeLook CHANGED = new ShapeLook(null, Theme.SCENARIO, CHANGED_WIDTH, List.of(), 0);

	private TableLooks() {
	}

	/** A header or body cell: its fill and a grid line. */
	static ShapeLook cell(Rgb fill) {
		return new ShapeLook(fill, GRID, 1, List.of(), 0);
	}

	/**
	 * The outline of a marked header or cell, in the mark's color, drawn just inside the cell: the grid lines of the
	 * cells painted after it then never cover it.
	 */
	static ShapeLook outline(FindingMark mark) {
		return new ShapeLook(null, color(mark.level()), OUTLINE_WIDTH, List.of(), 0);
	}

	static ShapeLook badge(FindingMark.Level level) {
		Decoration.Level diagramLevel = diagramLevel(level);
		return diagramLevel == null ? new ShapeLook(Palette.NEUTRAL, Palette.PAPER, 1.2, List.of(), 5) : Theme.DEFAULT.badge(diagramLevel);
	}

	static TextLook badgeText(FindingMark.Level level) {
		Decoration.Level diagramLevel = diagramLevel(level);
		return diagramLevel == null ? Theme.DEFAULT.text(TextStyle.BADGE) : Theme.DEFAULT.badgeText(diagramLevel);
	}

	static Rgb color(FindingMark.Level level) {
		Decoration.Level diagramLevel = diagramLevel(level);
		return diagramLevel == null ? Palette.NEUTRAL : Theme.DEFAULT.badgeColor(diagramLevel);
	}

	private static Decoration.Level diagramLevel(FindingMark.Level level) {
		return switch (level) {
			case ERROR -> Decoration.Level.ERROR;
			case WARNING -> Decoration.Level.WARNING;
			case INFO -> null;
		};
	}
}
