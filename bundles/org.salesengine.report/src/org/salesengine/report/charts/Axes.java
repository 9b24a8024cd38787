package org.salesengine.report.charts;

import java.util.List;
import java.util.function.DoubleFunction;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.paint.Canvas.Anchor;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;

/**
 * The plot area of a chart and its two linear scales: x from 0 (or {@code xMin}) to {@code xMax} left to right, y from
 * 0 to {@code yMax} bottom to top. Charts map values with {@link #x} and {@link #y}, which tests use to find where a
 * point must be drawn.
 */
public record Axes(Bounds plot, double xMin, double xMax, double yMax) {
	static final Rgb GRID = Rgb.hex("#e1e4e8");
	static final TextLook TICK = new TextLook(11, false, false, Palette.MUTED_INK);
	static final TextLook TITLE = new TextLook(12, false, false, Palette.INK);
	static final TextLook LABEL = new TextLook(11, true, false, Palette.INK);

	public Axes {
		if (!(xMax > xMin) || !(yMax > 0)) {
			throw new IllegalArgumentException("a chart needs a non-empty range on both axes");
		}
	}

	public double x(double value) {
		return plot.x() + (value - xMin) / (xMax - xMin) * plot.width();
	}

	public double y(double value) {
		return plot.bottom() - value / yMax * plot.height();
	}

	public Point at(double x, double y) {
		return new Point(x(x), y(y));
	}

	/** The smallest multiple of {@code step} at or above the value. */
	static double ceilTo(double value, double step) {
		return Math.max(step, Math.ceil(value / step - 1e-9) * step);
	}

	/** Grid lines and labels at each tick, the axes themselves, and the two axis titles. */
	void paint(Canvas canvas, List<Double> xTicks, DoubleFunction<String> xLabel, List<Double> yTicks,
			DoubleFunction<String> yLabel, String xTitle, String yTitle) {
		ShapeLook grid = ShapeLook.line(GRID, 1, List.of());
		for (double tick : yTicks) {
			canvas.polyline(List.of(new Point(plot.x(), y(tick)), new Point(plot.right(), y(tick))), grid);
			canvas.text(yLabel.apply(tick), plot.x() - 22, y(tick) + 4, TICK, Anchor.MIDDLE);
		}
		for (double tick : xTicks) {
			canvas.polyline(List.of(new Point(x(tick), plot.y()), new Point(x(tick), plot.bottom())), grid);
			canvas.text(xLabel.apply(tick), x(tick), plot.bottom() + 15, TICK, Anchor.MIDDLE);
		}
		ShapeLook axis = ShapeLook.line(Palette.MUTED_INK, 1.2, List.of());
		canvas.polyline(List.of(new Point(plot.x(), plot.y()), new Point(plot.x(), plot.bottom()), new Point(plot.right(), plot.bottom())), axis);
		canvas.text(xTitle, plot.centerX(), plot.bottom() + 32, TITLE, Anchor.MIDDLE);
		canvas.textUpward(yTitle, plot.x() - 44, plot.centerY() + yTitle.length() * 3, TITLE);
	}

	/** Ticks from {@code from} to {@code to} every {@code step}. */
	static List<Double> ticks(double from, double to, double step) {
		int count = (int) Math.round((to - from) / step);
		return java.util.stream.IntStream.rangeClosed(0, count).mapToObj(i -> from + i * step).toList();
	}
}
