package org.salesengine.diagram.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;

/** Paints onto a Java2D surface, with the fonts text was measured with. Groups mean nothing to a raster image. */
final class Graphics2DCanvas implements Canvas {
	private final Graphics2D graphics;

	Graphics2DCanvas(Graphics2D graphics, double scale) {
		this.graphics = graphics;
		graphics.scale(scale, scale);
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
	}

	@Override
	public void begin(String id, String title, double width, double height, Rgb background) {
		graphics.setColor(color(background));
		graphics.fill(new Rectangle2D.Double(0, 0, width, height));
	}

	@Override
	public void end() {
		graphics.dispose();
	}

	@Override
	public void beginGroup(String id, List<String> styleClasses, String elementId, String tooltip) {
		// A raster image has no structure to record.
	}

	@Override
	public void endGroup() {
		// See beginGroup.
	}

	@Override
	public void rectangle(Bounds bounds, ShapeLook look) {
		double arc = 2 * look.cornerRadius();
		paint(new RoundRectangle2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height(), arc, arc), look);
	}

	@Override
	public void ellipse(Bounds bounds, ShapeLook look) {
		paint(new Ellipse2D.Double(bounds.x(), bounds.y(), bounds.width(), bounds.height()), look);
	}

	@Override
	public void polyline(List<Point> points, ShapeLook look) {
		paint(path(points, false), new ShapeLook(null, look.stroke(), look.strokeWidth(), look.dash(), 0));
	}

	@Override
	public void polygon(List<Point> points, ShapeLook look) {
		paint(path(points, true), look);
	}

	@Override
	public void text(String text, double x, double baseline, TextLook look, Anchor anchor) {
		Font font = TextMetrics.font(look);
		graphics.setFont(font);
		graphics.setColor(color(look.color()));
		double left = x;
		if (anchor == Anchor.MIDDLE) {
			left -= font.getStringBounds(text, graphics.getFontRenderContext()).getWidth() / 2;
		}
		graphics.drawString(text, (float) left, (float) baseline);
	}

	@Override
	public void textUpward(String text, double x, double baseline, TextLook look) {
		AffineTransform before = graphics.getTransform();
		graphics.rotate(-Math.PI / 2, x, baseline);
		text(text, x, baseline, look, Anchor.START);
		graphics.setTransform(before);
	}

	private void paint(Shape shape, ShapeLook look) {
		if (look.fill() != null) {
			graphics.setColor(color(look.fill()));
			graphics.fill(shape);
		}
		if (look.stroke() != null && look.strokeWidth() > 0) {
			graphics.setColor(color(look.stroke()));
			graphics.setStroke(stroke(look));
			graphics.draw(shape);
		}
	}

	private static BasicStroke stroke(ShapeLook look) {
		float width = (float) look.strokeWidth();
		if (look.dash().isEmpty()) {
			return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
		}
		float[] dash = new float[look.dash().size()];
		for (int i = 0; i < dash.length; i++) {
			dash[i] = look.dash().get(i).floatValue();
		}
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
	}

	private static Path2D path(List<Point> points, boolean closed) {
		Path2D.Double path = new Path2D.Double();
		for (int i = 0; i < points.size(); i++) {
			if (i == 0) {
				path.moveTo(points.get(i).x(), points.get(i).y());
			} else {
				path.lineTo(points.get(i).x(), points.get(i).y());
			}
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static Color color(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}
}
