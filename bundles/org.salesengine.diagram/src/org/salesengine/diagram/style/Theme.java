package org.salesengine.diagram.style;

import java.util.Map;

import java.util.List;

import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.TextStyle;

/**
 * Turns style classes into looks. The layout measures text with {@link #text(TextStyle)} and every painter paints
 * with the same answers, so the SVG, the PNG and the workbench agree on sizes and colors.
 */
public final class Theme {
	/** The font text is measured with; ships with every Linux desktop (fonts-dejavu-core) and is free to embed. */
	public static final String FONT_FAMILY = "DejaVu Sans";
	/** What an SVG asks for: DejaVu first, then fonts that are at most as wide, so text still fits its box. */
	public static final String SVG_FONT_FAMILIES = "DejaVu Sans, Arial, sans-serif";

	public static final String LEADING = "leading";
	public static final String LAGGING = "lagging";
	public static final String WON = "won";
	public static final String LOST = "lost";
	/** A focused element of a view ({@code focus X depth N}): a heavy ink outline sets it apart from what it reaches. */
	public static final String FOCUSED = "focused";

	private static final List<Double> SOLID = List.of();
	private static final List<Double> DASHED = List.of(6.0, 3.0);
	private static final List<Double> DOTTED = List.of(2.0, 3.0);
	private static final List<Double> MISSING_DASH = List.of(7.0, 4.0);

	/** The violet of a scenario's changes: apart from the pillars' colors and from the findings' red and amber. */
	public static final Rgb SCENARIO = Rgb.hex("#7b3fb5");

	public static final Theme DEFAULT = new Theme();

	private Theme() {
	}

	public TextLook text(TextStyle style) {
		return switch (style) {
			case TITLE -> new TextLook(20, true, false, Palette.INK);
			case SUBTITLE -> new TextLook(13, false, false, Palette.MUTED_INK);
			case COMPARTMENT -> new TextLook(15, true, false, Palette.INK);
			case NAME -> new TextLook(13, true, false, Palette.INK);
			case TEXT -> new TextLook(12, false, false, Palette.INK);
			case DETAIL -> new TextLook(11, false, false, Palette.MUTED_INK);
			case MISSING -> new TextLook(11, false, true, Palette.ERROR);
			case EDGE -> new TextLook(11, true, false, Palette.INK);
			case BADGE -> new TextLook(10, true, false, Palette.PAPER);
			case LEGEND -> new TextLook(12, false, false, Palette.INK);
			case LEGEND_TITLE -> new TextLook(13, true, false, Palette.INK);
			case AXIS -> new TextLook(11, false, false, Palette.MUTED_INK);
			case CHANGE -> new TextLook(11, true, false, SCENARIO);
		};
	}

	/** Text inside a node takes the node's pillar color for headings, so a compartment reads as its pillar. */
	public TextLook text(TextStyle style, List<String> nodeClasses) {
		TextLook look = text(style);
		EnginePillar pillar = pillarOf(nodeClasses);
		if (style == TextStyle.COMPARTMENT && pillar != null) {
			return look.withColor(Palette.of(pillar).strong());
		}
		return look;
	}

	public ShapeLook node(NodeKind kind, List<String> classes, Decoration decoration) {
		ShapeLook look = switch (kind) {
			case COMPARTMENT -> compartment(classes);
			case MISSING -> new ShapeLook(Palette.ERROR_WASH, Palette.ERROR, 1.5, MISSING_DASH, 4);
			case ELEMENT -> element(classes);
		};
		if (classes.contains("changed")) {
			// A scenario's change outranks a finding's outline: the finding keeps its badge.
			return look.withStroke(SCENARIO, 3);
		}
		if (classes.contains(FOCUSED)) {
			return look.withStroke(Palette.INK, 3.4);
		}
		if (decoration != null) {
			return look.withStroke(badgeColor(decoration.level()), Math.max(2.2, look.strokeWidth()));
		}
		return look;
	}

	private ShapeLook compartment(List<String> classes) {
		EnginePillar pillar = pillarOf(classes);
		PillarColors colors = pillar == null ? new PillarColors(Palette.NEUTRAL, Palette.NEUTRAL_FILL, Palette.PAPER) : Palette.of(pillar);
		return new ShapeLook(colors.wash(), colors.strong(), 1.5, SOLID, 10);
	}

	/**
	 * Fill and outline of a view's colouring (docs/views.md): errors red and warnings amber as everywhere, clean
	 * elements quiet grey so the problems stand out; leading KPIs teal, lagging brown; health green, amber, red.
	 */
	private static final Map<String, PillarColors> COLOURED = Map.ofEntries(
			Map.entry("severity-error", new PillarColors(Palette.ERROR, Palette.ERROR_WASH, null)),
			Map.entry("severity-warning", new PillarColors(Rgb.hex("#b27c00"), Rgb.hex("#fdf3d7"), null)),
			Map.entry("severity-clean", new PillarColors(Palette.NEUTRAL, Palette.PAPER, null)),
			Map.entry("signal-leading", new PillarColors(Rgb.hex("#137a6f"), Rgb.hex("#d5efea"), null)),
			Map.entry("signal-lagging", new PillarColors(Rgb.hex("#9a5b13"), Rgb.hex("#f6e7d2"), null)),
			Map.entry("signal-none", new PillarColors(Palette.NEUTRAL, Palette.NEUTRAL_FILL, null)),
			Map.entry("health-good", new PillarColors(Rgb.hex("#2e7d32"), Rgb.hex("#e3f1e4"), null)),
			Map.entry("health-fair", new PillarColors(Rgb.hex("#b27c00"), Rgb.hex("#fdf3d7"), null)),
			Map.entry("health-poor", new PillarColors(Palette.ERROR, Palette.ERROR_WASH, null)),
			Map.entry("health-unscored", new PillarColors(Palette.NEUTRAL, Palette.NEUTRAL_FILL, null)));

	private ShapeLook element(List<String> classes) {
		for (String styleClass : classes) {
			PillarColors coloured = COLOURED.get(styleClass);
			if (coloured != null) {
				return new ShapeLook(coloured.fill(), coloured.strong(), 1.6, SOLID, 6);
			}
		}
		if (classes.contains(LOST)) {
			return new ShapeLook(Palette.NEUTRAL_FILL, Palette.NEUTRAL, 1.2, SOLID, 14);
		}
		EnginePillar pillar = pillarOf(classes);
		PillarColors colors = pillar == null ? new PillarColors(Palette.NEUTRAL, Palette.NEUTRAL_FILL, Palette.PAPER) : Palette.of(pillar);
		if (classes.contains(WON)) {
			return new ShapeLook(colors.fill(), colors.strong(), 2.2, SOLID, 14);
		}
		if (classes.contains(LEADING)) {
			// Leading KPIs are early signals still in motion: an open white box with a heavy outline.
			return new ShapeLook(Palette.PAPER, colors.strong(), 2.4, SOLID, 12);
		}
		return new ShapeLook(colors.fill(), colors.strong(), 1.2, SOLID, classes.contains(LAGGING) ? 2 : 6);
	}

	public ShapeLook edge(LinkKind kind, boolean missing) {
		if (missing) {
			return ShapeLook.line(Palette.ERROR, 1.8, MISSING_DASH);
		}
		Rgb color = kind == LinkKind.LOST ? Palette.NEUTRAL : Palette.of(kind.pillar()).strong();
		return switch (kind) {
			case SUPPORTS, PRODUCES, INDICATOR, HAS_MEASURE, WON -> ShapeLook.line(color, 1.4, SOLID);
			case REWARDS, NEXT_STAGE -> ShapeLook.line(color, 2.0, SOLID);
			case COVERS, STAFFS, REINFORCED_BY, PAID_BY, LOST -> ShapeLook.line(color, 1.4, DASHED);
			case SERVES, OWNS, REVIEWS, FORMULA_INPUT -> ShapeLook.line(color, 1.4, DOTTED);
		};
	}

	/** The small box behind an edge label, so the label stays legible where lines pass under it. */
	public ShapeLook edgeLabelBackground() {
		return new ShapeLook(Palette.PAPER, null, 0, SOLID, 3);
	}

	public Rgb badgeColor(Decoration.Level level) {
		return level == Decoration.Level.ERROR ? Palette.ERROR : Palette.WARNING;
	}

	/** Errors are round badges, warnings square ones: the shape tells them apart without color. */
	public ShapeLook badge(Decoration.Level level) {
		return new ShapeLook(badgeColor(level), Palette.PAPER, 1.2, SOLID, level == Decoration.Level.ERROR ? 8 : 2);
	}

	public TextLook badgeText(Decoration.Level level) {
		TextLook look = text(TextStyle.BADGE);
		return level == Decoration.Level.ERROR ? look : look.withColor(Palette.INK);
	}

	public ShapeLook sparklineFrame() {
		return new ShapeLook(Palette.PAPER, Palette.of(EnginePillar.COMPENSATION).fill(), 1, SOLID, 2);
	}

	/** One faint line per axis value, so a reader can follow a bend across to its payout. */
	public ShapeLook sparklineGrid() {
		return ShapeLook.line(Rgb.hex("#dadee3"), 0.7, SOLID);
	}

	/** What a chart states beside its curve ("0.5x") is written in the curve's color, so it reads as the curve's. */
	public TextLook sparklineNote() {
		return text(TextStyle.AXIS).withColor(Palette.of(EnginePillar.COMPENSATION).strong());
	}

	public ShapeLook sparklineGuide() {
		return ShapeLook.line(Palette.NEUTRAL, 0.8, DOTTED);
	}

	public ShapeLook sparklineCurve() {
		return ShapeLook.line(Palette.of(EnginePillar.COMPENSATION).strong(), 1.8, SOLID);
	}

	public Rgb background() {
		return Palette.PAPER;
	}

	public static EnginePillar pillarOf(List<String> classes) {
		for (EnginePillar pillar : EnginePillar.values()) {
			if (classes.contains(pillar.styleClass())) {
				return pillar;
			}
		}
		return null;
	}
}
