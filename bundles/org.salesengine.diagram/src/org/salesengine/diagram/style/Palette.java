package org.salesengine.diagram.style;

import java.util.EnumMap;
import java.util.Map;

import org.salesengine.diagram.model.EnginePillar;

/**
 * The one palette of every diagram: one hue per pillar, so a KPI is the same brown in the engine map, the KPI tree
 * and the pay diagram. Red is kept for errors and missing links, amber for warnings, and no pillar uses either, so a
 * broken chain stands out. docs/diagrams.md shows this table; a test keeps the two in step.
 */
public final class Palette {
	public static final Rgb ERROR = Rgb.hex("#c62828");
	public static final Rgb ERROR_WASH = Rgb.hex("#fdecea");
	public static final Rgb WARNING = Rgb.hex("#e3a008");
	public static final Rgb INK = Rgb.hex("#1f2328");
	public static final Rgb MUTED_INK = Rgb.hex("#4d5560");
	public static final Rgb NEUTRAL = Rgb.hex("#6e7781");
	public static final Rgb NEUTRAL_FILL = Rgb.hex("#eef0f2");
	public static final Rgb PAPER = Rgb.hex("#ffffff");

	private static final Map<EnginePillar, PillarColors> PILLARS = new EnumMap<>(Map.of(
			EnginePillar.STRATEGY, new PillarColors(Rgb.hex("#1f5fa8"), Rgb.hex("#dce8f6"), Rgb.hex("#f3f7fc")),
			EnginePillar.STRUCTURE, new PillarColors(Rgb.hex("#137a6f"), Rgb.hex("#d5efea"), Rgb.hex("#f1f9f7")),
			EnginePillar.CULTURE, new PillarColors(Rgb.hex("#7444a8"), Rgb.hex("#e9dff5"), Rgb.hex("#f8f4fc")),
			EnginePillar.COMPENSATION, new PillarColors(Rgb.hex("#9a5b13"), Rgb.hex("#f6e7d2"), Rgb.hex("#fcf7f0"))));

	private Palette() {
	}

	public static PillarColors of(EnginePillar pillar) {
		return PILLARS.get(pillar);
	}

	/** The palette as the Markdown table of docs/diagrams.md. */
	public static String markdownTable() {
		StringBuilder table = new StringBuilder();
		table.append("| pillar | strong (outlines, edges, headings) | fill (element boxes) | wash (compartment) |\n");
		table.append("|---|---|---|---|\n");
		for (EnginePillar pillar : EnginePillar.values()) {
			PillarColors colors = of(pillar);
			table.append("| ").append(pillar.title()).append(" | `").append(colors.strong().hex()).append("` | `")
					.append(colors.fill().hex()).append("` | `").append(colors.wash().hex()).append("` |\n");
		}
		table.append("| errors, missing links | `").append(ERROR.hex()).append("` | `").append(ERROR_WASH.hex()).append("` | |\n");
		table.append("| warnings | `").append(WARNING.hex()).append("` | | |\n");
		table.append("| text, muted text | `").append(INK.hex()).append("` | `").append(MUTED_INK.hex()).append("` | |\n");
		table.append("| lost outcomes | `").append(NEUTRAL.hex()).append("` | `").append(NEUTRAL_FILL.hex()).append("` | |\n");
		return table.toString();
	}
}
