package org.salesengine.diagram.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.Theme;

/**
 * A laid-out diagram, or any other drawing, as a PNG image, at twice the diagram's size by default so text stays sharp on a projected
 * slide. Very large diagrams are scaled down to stay within {@link #MAX_PIXELS}, so a 300-element engine still
 * renders in ordinary memory.
 */
public final class PngPainter {
	public static final double DEFAULT_SCALE = 2;
	/** About 160 MB of pixels; beyond that, a slide cannot show the detail anyway. */
	public static final long MAX_PIXELS = 40_000_000L;

	private PngPainter() {
	}

	public static byte[] paint(Diagram diagram) {
		return paint(diagram, Theme.DEFAULT, DEFAULT_SCALE);
	}

	public static byte[] paint(Diagram diagram, Theme theme, double scale) {
		return paint(SvgWriter.drawing(diagram, theme), scale);
	}

	public static byte[] paint(Drawing drawing, double scale) {
		return encode(image(drawing, scale));
	}

	/** The diagram scaled onto a slide: an image of the page's size, the diagram centred inside the margins. */
	public static byte[] paint(Diagram diagram, Page page) {
		Drawing drawing = SvgWriter.drawing(diagram, Theme.DEFAULT);
		BufferedImage image = new BufferedImage(page.width(), page.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		Rgb background = Theme.DEFAULT.background();
		graphics.setColor(new Color(background.red(), background.green(), background.blue()));
		graphics.fillRect(0, 0, page.width(), page.height());
		graphics.translate(page.left(drawing.width(), drawing.height()), page.top(drawing.width(), drawing.height()));
		drawing.paint(new Graphics2DCanvas(graphics, page.scale(drawing.width(), drawing.height())));
		return encode(image);
	}

	private static byte[] encode(BufferedImage image) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot encode PNG", e);
		}
		return png.toByteArray();
	}

	public static BufferedImage image(Diagram diagram, Theme theme, double scale) {
		return image(SvgWriter.drawing(diagram, theme), scale);
	}

	public static BufferedImage image(Drawing drawing, double scale) {
		double fitted = Math.min(scale, Math.sqrt((double) MAX_PIXELS / Math.max(1, drawing.width() * drawing.height())));
		int width = Math.max(1, (int) Math.ceil(drawing.width() * fitted));
		int height = Math.max(1, (int) Math.ceil(drawing.height() * fitted));
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		drawing.paint(new Graphics2DCanvas(image.createGraphics(), fitted));
		return image;
	}
}
