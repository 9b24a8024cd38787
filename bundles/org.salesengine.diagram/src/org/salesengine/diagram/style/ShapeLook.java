package org.salesengine.diagram.style;

import java.util.List;

/**
 * How to paint a shape: fill and stroke (either may be null for none), stroke width, dash pattern (empty for a
 * solid line) and corner radius for rectangles.
 */
public record ShapeLook(Rgb fill, Rgb stroke, double strokeWidth, List<Double> dash, double cornerRadius) {

	public ShapeLook {
		dash = List.copyOf(dash);
	}

	public static ShapeLook filled(Rgb fill) {
		return new ShapeLook(fill, null, 0, List.of(), 0);
	}

	public static ShapeLook line(Rgb stroke, double width, List<Double> dash) {
		return new ShapeLook(null, stroke, width, dash, 0);
	}

	public ShapeLook withStroke(Rgb newStroke, double newWidth) {
		return new ShapeLook(fill, newStroke, newWidth, dash, cornerRadius);
	}
}
