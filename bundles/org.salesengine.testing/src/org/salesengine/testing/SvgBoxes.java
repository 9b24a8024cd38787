package org.salesengine.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesengine.diagram.model.Point;

/** Where a box is in a diagram's SVG: the x and y of the first rectangle of its element's group. */
public final class SvgBoxes {
	private SvgBoxes() {
	}

	/** The box's top-left corner, or an AssertionError when the SVG has no box of the element. */
	public static Point topLeft(String svg, String elementId) {
		Matcher box = Pattern.compile("data-element=\"" + Pattern.quote(elementId) + "\"[^>]*>\\s*<rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"")
				.matcher(svg);
		if (!box.find()) {
			throw new AssertionError("no box of " + elementId + " in the SVG");
		}
		return new Point(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)));
	}
}
