package org.salesengine.diagram.style;

/** How to paint text; the same values measure it before layout. {@code size} is in pixels. */
public record TextLook(double size, boolean bold, boolean italic, Rgb color) {

	public TextLook withColor(Rgb newColor) {
		return new TextLook(size, bold, italic, newColor);
	}
}
