package org.salesengine.diagram.paint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.diagram.style.Theme;

/**
 * Writes SVG 1.1 text. The output is self-contained (no external fonts, images or style sheets; colors as
 * presentation attributes, which every SVG consumer understands, including office suites that ignore CSS) and
 * deterministic: numbers are written with at most two decimals in one fixed format, and nothing depends on the clock,
 * the locale or hash order, so the same diagram gives the same bytes.
 */
final class SvgCanvas implements Canvas {
	private final StringBuilder out = new StringBuilder(64 * 1024);
	/** The slide the drawing is scaled onto, or null for the drawing at its own size. */
	private final Page page;
	private int depth;

	SvgCanvas() {
		this(null);
	}

	SvgCanvas(Page page) {
		this.page = page;
	}

	String text() {
		return out.toString();
	}

	@Override
	public void begin(String id, String title, double width, double height, Rgb background) {
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		// On a page the viewBox is the drawing grown to the page's shape, so the viewer scales it to the page's pixels.
		double scale = page == null ? 1 : page.scale(width, height);
		double x = page == null ? 0 : -page.left(width, height) / scale;
		double y = page == null ? 0 : -page.top(width, height) / scale;
		double boxWidth = page == null ? width : page.width() / scale;
		double boxHeight = page == null ? height : page.height() / scale;
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"").append(XmlText.id(id)).append('"')
				.append(" width=\"").append(number(page == null ? width : page.width())).append("\" height=\"")
				.append(number(page == null ? height : page.height())).append('"')
				.append(" viewBox=\"").append(number(x)).append(' ').append(number(y)).append(' ').append(number(boxWidth)).append(' ')
				.append(number(boxHeight)).append('"')
				.append(" font-family=\"").append(Theme.SVG_FONT_FAMILIES).append("\">\n");
		depth = 1;
		indent().append("<title>").append(XmlText.escape(title)).append("</title>\n");
		indent().append("<style>text{font-family:\"DejaVu Sans\",Arial,sans-serif;white-space:pre}")
				.append(".edge{fill:none}.node:hover>rect:first-of-type{stroke-width:3}</style>\n");
		indent().append("<rect class=\"background\" x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
				.append(number(boxWidth)).append("\" height=\"").append(number(boxHeight)).append("\" fill=\"").append(background.hex())
				.append("\"/>\n");
	}

	@Override
	public void end() {
		out.append("</svg>\n");
	}

	@Override
	public void beginGroup(String id, List<String> styleClasses, String elementId, String tooltip) {
		indent().append("<g id=\"").append(XmlText.id(id)).append("\" class=\"").append(XmlText.escape(String.join(" ", styleClasses))).append('"');
		if (elementId != null && !elementId.isEmpty()) {
			out.append(" data-element=\"").append(XmlText.escape(elementId)).append('"');
		}
		out.append(">\n");
		depth++;
		if (tooltip != null) {
			indent().append("<title>").append(XmlText.escape(tooltip)).append("</title>\n");
		}
	}

	@Override
	public void endGroup() {
		depth--;
		indent().append("</g>\n");
	}

	@Override
	public void rectangle(Bounds bounds, ShapeLook look) {
		indent().append("<rect x=\"").append(number(bounds.x())).append("\" y=\"").append(number(bounds.y()))
				.append("\" width=\"").append(number(bounds.width())).append("\" height=\"").append(number(bounds.height())).append('"');
		if (look.cornerRadius() > 0) {
			out.append(" rx=\"").append(number(look.cornerRadius())).append('"');
		}
		paint(look);
		out.append("/>\n");
	}

	@Override
	public void ellipse(Bounds bounds, ShapeLook look) {
		indent().append("<ellipse cx=\"").append(number(bounds.centerX())).append("\" cy=\"").append(number(bounds.centerY()))
				.append("\" rx=\"").append(number(bounds.width() / 2)).append("\" ry=\"").append(number(bounds.height() / 2)).append('"');
		paint(look);
		out.append("/>\n");
	}

	@Override
	public void polyline(List<Point> points, ShapeLook look) {
		indent().append("<polyline points=\"").append(points(points)).append('"');
		paint(new ShapeLook(null, look.stroke(), look.strokeWidth(), look.dash(), 0));
		out.append(" stroke-linejoin=\"round\"/>\n");
	}

	@Override
	public void polygon(List<Point> points, ShapeLook look) {
		indent().append("<polygon points=\"").append(points(points)).append('"');
		paint(look);
		out.append("/>\n");
	}

	@Override
	public void text(String text, double x, double baseline, TextLook look, Anchor anchor) {
		textElement(text, x, baseline, look, anchor == Anchor.MIDDLE ? " text-anchor=\"middle\"" : "");
	}

	@Override
	public void textUpward(String text, double x, double baseline, TextLook look) {
		textElement(text, x, baseline, look, " transform=\"rotate(-90 " + number(x) + " " + number(baseline) + ")\"");
	}

	private void textElement(String text, double x, double baseline, TextLook look, String placement) {
		indent().append("<text x=\"").append(number(x)).append("\" y=\"").append(number(baseline)).append('"')
				.append(" font-size=\"").append(number(look.size())).append('"');
		if (look.bold()) {
			out.append(" font-weight=\"bold\"");
		}
		if (look.italic()) {
			out.append(" font-style=\"italic\"");
		}
		out.append(placement);
		out.append(" fill=\"").append(look.color().hex()).append("\">").append(XmlText.escape(text)).append("</text>\n");
	}

	private void paint(ShapeLook look) {
		out.append(" fill=\"").append(look.fill() == null ? "none" : look.fill().hex()).append('"');
		if (look.stroke() == null || look.strokeWidth() <= 0) {
			out.append(" stroke=\"none\"");
			return;
		}
		out.append(" stroke=\"").append(look.stroke().hex()).append("\" stroke-width=\"").append(number(look.strokeWidth())).append('"');
		if (!look.dash().isEmpty()) {
			out.append(" stroke-dasharray=\"");
			for (int i = 0; i < look.dash().size(); i++) {
				out.append(i == 0 ? "" : " ").append(number(look.dash().get(i)));
			}
			out.append('"');
		}
	}

	private StringBuilder indent() {
		for (int i = 0; i < depth; i++) {
			out.append(' ');
		}
		return out;
	}

	private static String points(List<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point point : points) {
			text.append(text.length() == 0 ? "" : " ").append(number(point.x())).append(',').append(number(point.y()));
		}
		return text.toString();
	}

	/** At most two decimals, no exponent, no trailing zeros, no "-0": one spelling per value. */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			return "0";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		if (rounded.signum() == 0) {
			return "0";
		}
		return rounded.toPlainString();
	}
}
