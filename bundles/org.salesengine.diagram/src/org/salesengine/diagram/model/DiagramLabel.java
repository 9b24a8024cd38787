package org.salesengine.diagram.model;

/**
 * One line of text. After layout {@code bounds} is where it sits and {@code baseline} the y of its baseline, both
 * absolute, so that every painter places text at the same spot whatever its own font API measures.
 */
public record DiagramLabel(String text, TextStyle style, Bounds bounds, double baseline) {

	public static DiagramLabel of(String text, TextStyle style) {
		return new DiagramLabel(text, style, Bounds.NONE, 0);
	}

	public DiagramLabel at(Bounds where, double baselineY) {
		return new DiagramLabel(text, style, where, baselineY);
	}
}
