package org.salesengine.diagram.paint;

import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.style.Theme;

/** A laid-out diagram, or any other drawing, as a standalone SVG document (UTF-8 text). */
public final class SvgWriter {
	private SvgWriter() {
	}

	public static String write(Diagram diagram) {
		return write(diagram, Theme.DEFAULT);
	}

	public static String write(Diagram diagram, Theme theme) {
		return write(drawing(diagram, theme));
	}

	public static String write(Drawing drawing) {
		SvgCanvas canvas = new SvgCanvas();
		drawing.paint(canvas);
		return canvas.text();
	}

	/** The diagram scaled onto a slide: the SVG is the page's size and its viewBox centres the diagram inside the margins. */
	public static String write(Diagram diagram, Page page) {
		SvgCanvas canvas = new SvgCanvas(page);
		drawing(diagram, Theme.DEFAULT).paint(canvas);
		return canvas.text();
	}

	/** A diagram as a drawing, painted by the {@link DiagramPainter} with the theme. */
	static Drawing drawing(Diagram diagram, Theme theme) {
		return new Drawing() {
			@Override
			public double width() {
				return diagram.width();
			}

			@Override
			public double height() {
				return diagram.height();
			}

			@Override
			public void paint(Canvas canvas) {
				new DiagramPainter(theme).paint(diagram, canvas);
			}
		};
	}
}
