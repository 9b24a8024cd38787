package org.salesengine.report.sections;

import org.salesengine.diagram.paint.Drawing;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.InlineSvg;

/** A picture as a figure of the page: the SVG inline, scaled to fit, with its caption. */
final class Figures {
	private Figures() {
	}

	static void write(Html out, String svg, String label, String caption) {
		out.open("figure").raw(InlineSvg.of(svg, label)).element("figcaption", null, caption).close("figure");
	}

	static void write(Html out, Drawing drawing, String label, String caption) {
		write(out, SvgWriter.write(drawing), label, caption);
	}
}
