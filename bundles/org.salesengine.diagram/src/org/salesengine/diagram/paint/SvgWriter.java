package org.salesengine.diagram.paint;

import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.style.Theme;

/** A laid-out diagram as a standalone SVG document (UTF-8 text). */
public final class SvgWriter {
	private SvgWriter() {
	}

	public static String write(Diagram diagram) {
		return write(diagram, Theme.DEFAULT);
	}

	public static String write(Diagram diagram, Theme theme) {
		SvgCanvas canvas = new SvgCanvas();
		new DiagramPainter(theme).paint(diagram, canvas);
		return canvas.text();
	}
}
