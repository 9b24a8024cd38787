package org.salesengine.diagram.paint;

import java.util.Map;

/**
 * A slide to fit a diagram on: {@code 16:9} is 1920 × 1080 px, {@code 4:3} is 1440 × 1080 px, both with a margin of
 * 48 px. The diagram is laid out for the slide's aspect ratio first, then scaled (down or up) to fill the area
 * inside the margins and centred, so that it can be dropped onto a slide as it is.
 */
public record Page(String name, int width, int height, int margin) {
	public static final int MARGIN = 48;
	private static final Map<String, Page> PAGES = Map.of(
			"16:9", new Page("16:9", 1920, 1080, MARGIN),
			"4:3", new Page("4:3", 1440, 1080, MARGIN));

	/** The page of that name, or null. */
	public static Page named(String name) {
		return PAGES.get(name);
	}

	public static java.util.List<String> names() {
		return java.util.List.of("16:9", "4:3");
	}

	public double aspectRatio() {
		return width / (double) height;
	}

	/** How much a drawing of that size is scaled to fill the area inside the margins. */
	public double scale(double drawingWidth, double drawingHeight) {
		return Math.min((width - 2.0 * margin) / Math.max(1, drawingWidth), (height - 2.0 * margin) / Math.max(1, drawingHeight));
	}

	/** Where the scaled drawing's left edge lands on the page, in page pixels. */
	public double left(double drawingWidth, double drawingHeight) {
		return (width - drawingWidth * scale(drawingWidth, drawingHeight)) / 2;
	}

	public double top(double drawingWidth, double drawingHeight) {
		return (height - drawingHeight * scale(drawingWidth, drawingHeight)) / 2;
	}
}
