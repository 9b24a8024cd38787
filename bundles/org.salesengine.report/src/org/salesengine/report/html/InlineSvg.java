package org.salesengine.report.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone SVG document (what {@code SvgWriter} writes) turned into an element of the report's page. HTML reads
 * inline SVG without an XML declaration or namespace, so both go, and the page refers to nothing outside itself. The
 * fixed size becomes a width that shrinks to fit: never wider than the column, never taller than {@link #MAX_HEIGHT_CM}
 * on paper (the printable height of A4 and Letter with the report's margins, less a caption), so a figure is never
 * cut across pages, with its height following from the view box.
 */
public final class InlineSvg {
	/** What a figure may take of a printed page: A4 is 29.7 cm and Letter 27.9 cm tall, less 2 × 1.5 cm margins. */
	public static final double MAX_HEIGHT_CM = 21;

	private static final Pattern ROOT = Pattern.compile("<svg\\b([^>]*)>");
	private static final Pattern SIZE = Pattern.compile("\\s(width|height)=\"([0-9.]+)\"");

	private InlineSvg() {
	}

	/**
	 * @param svg   an SVG document with width and height in pixels and a view box
	 * @param label what the picture shows, for screen readers
	 */
	public static String of(String svg, String label) {
		String body = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
		Matcher root = ROOT.matcher(body);
		if (!root.find()) {
			throw new IllegalArgumentException("not an SVG document");
		}
		String attributes = root.group(1).replace(" xmlns=\"http://www.w3.org/2000/svg\"", "").replace(" version=\"1.1\"", "");
		double width = 0;
		double height = 0;
		Matcher size = SIZE.matcher(attributes);
		while (size.find()) {
			double value = Double.parseDouble(size.group(2));
			if (size.group(1).equals("width")) {
				width = value;
			} else {
				height = value;
			}
		}
		attributes = SIZE.matcher(attributes).replaceAll("");
		String style = width > 0 && height > 0 ? " style=\"" + fittedWidth(width, height) + "\"" : "";
		return body.substring(0, root.start()) + "<svg" + attributes + style + " role=\"img\" aria-label=\""
				+ Html.escape(label) + "\">" + body.substring(root.end());
	}

	/** The CSS width of a figure of this size in pixels: its own width, at most the column, at most the page's height. */
	static String fittedWidth(double width, double height) {
		return String.format(Locale.ROOT, "width:min(100%%, %.1fpx, %.2fcm)", width, MAX_HEIGHT_CM * width / height);
	}
}
