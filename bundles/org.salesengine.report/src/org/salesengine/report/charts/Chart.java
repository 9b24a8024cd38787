package org.salesengine.report.charts;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.paint.Drawing;

/**
 * A chart of the report: a picture of fixed size with one plot area inside its margins, on linear {@link Axes}. Tests
 * read the axes to compute where a value must be drawn.
 */
public abstract class Chart implements Drawing {
	private final double width;
	private final double height;
	private Axes axes;

	protected Chart(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/** Sets the plot area: the picture less the margins, x from {@code xMin} to {@code xMax}, y from 0 to {@code yMax}. */
	protected final void plot(double left, double right, double top, double bottom, double xMin, double xMax, double yMax) {
		this.axes = new Axes(new Bounds(left, top, width - left - right, height - top - bottom), xMin, xMax, yMax);
	}

	public final Axes axes() {
		return axes;
	}

	@Override
	public final double width() {
		return width;
	}

	@Override
	public final double height() {
		return height;
	}
}
