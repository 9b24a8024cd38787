package org.salesengine.diagram.model;

import java.util.List;

/**
 * One entry of the legend: a sample drawn exactly like the thing it explains, and what it means. {@code nodeClasses}
 * matter for element samples, {@code link} for link samples, {@code badge} for badge samples; the others are empty
 * or null. {@code sampleBounds} is where the sample is drawn, set by the layout.
 */
public record LegendEntry(Sample sample, List<String> nodeClasses, LinkKind link, Decoration.Level badge,
		DiagramLabel label, Bounds sampleBounds) {

	public enum Sample {
		ELEMENT, MISSING_ELEMENT, LINK, MISSING_LINK, BADGE
	}

	public LegendEntry {
		nodeClasses = List.copyOf(nodeClasses);
	}

	public static LegendEntry element(List<String> classes, String meaning) {
		return new LegendEntry(Sample.ELEMENT, classes, null, null, label(meaning), Bounds.NONE);
	}

	public static LegendEntry missingElement(String meaning) {
		return new LegendEntry(Sample.MISSING_ELEMENT, List.of(), null, null, label(meaning), Bounds.NONE);
	}

	public static LegendEntry link(LinkKind kind, String meaning) {
		return new LegendEntry(Sample.LINK, List.of(), kind, null, label(meaning), Bounds.NONE);
	}

	public static LegendEntry missingLink(String meaning) {
		return new LegendEntry(Sample.MISSING_LINK, List.of(), null, null, label(meaning), Bounds.NONE);
	}

	public static LegendEntry badge(Decoration.Level level, String meaning) {
		return new LegendEntry(Sample.BADGE, List.of(), null, level, label(meaning), Bounds.NONE);
	}

	private static DiagramLabel label(String meaning) {
		return DiagramLabel.of(meaning, TextStyle.LEGEND);
	}

	public LegendEntry at(Bounds where, DiagramLabel placedLabel) {
		return new LegendEntry(sample, nodeClasses, link, badge, placedLabel, where);
	}
}
