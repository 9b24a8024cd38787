package org.salesengine.diagram.paint;

import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;

/**
 * The few drawing operations a diagram needs, in diagram coordinates. {@link DiagramPainter} decides what to draw;
 * an implementation only knows how: SVG elements, Java2D calls, and later SWT GC calls in the workbench. Groups carry
 * the ids and style classes that link drawings back to the model; a raster canvas may ignore them.
 */
public interface Canvas {

	enum Anchor {
		START, MIDDLE
	}

	void begin(String id, String title, double width, double height, Rgb background);

	void end();

	/** @param elementId the qualified name of the element the group shows, or empty; @param tooltip text or null */
	void beginGroup(String id, List<String> styleClasses, String elementId, String tooltip);

	void endGroup();

	/** A rectangle with the look's corner radius. */
	void rectangle(Bounds bounds, ShapeLook look);

	void ellipse(Bounds bounds, ShapeLook look);

	void polyline(List<Point> points, ShapeLook look);

	void polygon(List<Point> points, ShapeLook look);

	void text(String text, double x, double baseline, TextLook look, Anchor anchor);

	/**
	 * Text turned a quarter turn counter-clockwise, reading upwards from ({@code x}, {@code baseline}): the baseline
	 * runs up the line {@code x}, so the glyphs stand to its left. Column headings of a cross table use it, so that
	 * ten narrow columns fit a slide. A canvas that cannot turn text writes it level from the same point.
	 */
	default void textUpward(String text, double x, double baseline, TextLook look) {
		text(text, x, baseline, look, Anchor.START);
	}
}
