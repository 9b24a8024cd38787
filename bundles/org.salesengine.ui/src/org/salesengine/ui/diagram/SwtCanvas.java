package org.salesengine.ui.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;

/**
 * The SWT painter: the diagram bundle's {@link Canvas} drawn with a GC, so the workbench shows exactly what the SVG
 * and PNG exports show. The GC's transform does zoom and pan; sizes stay in diagram pixels.
 */
final class SwtCanvas implements Canvas {
	private final GC gc;
	private final Display display;
	private final Map<String, Font> fonts;
	private final double pixelsToPoints;

	/** @param fonts a cache owned by the view, disposed with it */
	SwtCanvas(GC gc, Map<String, Font> fonts) {
		this.gc = gc;
		this.display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
		this.fonts = fonts;
		this.pixelsToPoints = 72.0 / gc.getDevice().getDPI().y;
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
	}

	@Override
	public void begin(String id, String title, double width, double height, Rgb background) {
		gc.setBackground(color(background));
		gc.fillRectangle(0, 0, (int) Math.ceil(width), (int) Math.ceil(height));
	}

	@Override
	public void end() {
	}

	@Override
	public void beginGroup(String id, List<String> styleClasses, String elementId, String tooltip) {
	}

	@Override
	public void endGroup() {
	}

	@Override
	public void rectangle(Bounds bounds, ShapeLook look) {
		int x = round(bounds.x());
		int y = round(bounds.y());
		int w = round(bounds.width());
		int h = round(bounds.height());
		int arc = round(look.cornerRadius() * 2);
		if (look.fill() != null) {
			gc.setBackground(color(look.fill()));
			gc.fillRoundRectangle(x, y, w, h, arc, arc);
		}
		if (stroke(look)) {
			gc.drawRoundRectangle(x, y, w, h, arc, arc);
		}
	}

	@Override
	public void ellipse(Bounds bounds, ShapeLook look) {
		if (look.fill() != null) {
			gc.setBackground(color(look.fill()));
			gc.fillOval(round(bounds.x()), round(bounds.y()), round(bounds.width()), round(bounds.height()));
		}
		if (stroke(look)) {
			gc.drawOval(round(bounds.x()), round(bounds.y()), round(bounds.width()), round(bounds.height()));
		}
	}

	@Override
	public void polyline(List<org.salesengine.diagram.model.Point> points, ShapeLook look) {
		if (points.size() < 2 || !stroke(look)) {
			return;
		}
		gc.drawPolyline(coordinates(points));
	}

	@Override
	public void polygon(List<org.salesengine.diagram.model.Point> points, ShapeLook look) {
		int[] coordinates = coordinates(points);
		if (look.fill() != null) {
			gc.setBackground(color(look.fill()));
			gc.fillPolygon(coordinates);
		}
		if (stroke(look)) {
			gc.drawPolygon(coordinates);
		}
	}

	@Override
	public void text(String text, double x, double baseline, TextLook look, Anchor anchor) {
		gc.setFont(font(look));
		gc.setForeground(color(look.color()));
		Point extent = gc.textExtent(text, SWT.DRAW_TRANSPARENT);
		int ascent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
		double left = anchor == Anchor.MIDDLE ? x - extent.x / 2.0 : x;
		gc.drawText(text, round(left), round(baseline - ascent), SWT.DRAW_TRANSPARENT);
	}

	private boolean stroke(ShapeLook look) {
		if (look.stroke() == null || look.strokeWidth() <= 0) {
			return false;
		}
		gc.setForeground(color(look.stroke()));
		gc.setLineWidth(Math.max(1, (int) Math.round(look.strokeWidth())));
		if (look.dash().isEmpty()) {
			gc.setLineStyle(SWT.LINE_SOLID);
		} else {
			gc.setLineDash(look.dash().stream().mapToInt(d -> Math.max(1, (int) Math.round(d))).toArray());
		}
		return true;
	}

	private Font font(TextLook look) {
		int points = Math.max(1, (int) Math.round(look.size() * pixelsToPoints));
		int style = (look.bold() ? SWT.BOLD : SWT.NORMAL) | (look.italic() ? SWT.ITALIC : SWT.NORMAL);
		return fonts.computeIfAbsent(points + "/" + style, key -> new Font(display, "DejaVu Sans", points, style));
	}

	private Color color(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}

	private static int[] coordinates(List<org.salesengine.diagram.model.Point> points) {
		int[] result = new int[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			result[2 * i] = round(points.get(i).x());
			result[2 * i + 1] = round(points.get(i).y());
		}
		return result;
	}

	private static int round(double value) {
		return (int) Math.round(value);
	}

}
