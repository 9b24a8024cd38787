package org.salesengine.report.charts;

import java.util.List;

import org.salesengine.analysis.simulation.PayoutHistogram;
import org.salesengine.analysis.simulation.PayoutHistogram.Bin;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.paint.Canvas.Anchor;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.PillarColors;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.model.engine.Amounts;

/**
 * The simulated years' total variable pay as a histogram: one bar per bin of the analysis's
 * {@link PayoutHistogram}, years on the y axis, with P10, P50 and P90 (groups {@code percentile-p10} ...) and the
 * cost at target (group {@code at-target}) as vertical lines.
 */
public final class HistogramChart extends Chart {
	public static final double WIDTH = 720;
	public static final double HEIGHT = 300;
	private static final double LEFT = 70;
	private static final double RIGHT = 24;
	private static final double TOP = 44;
	private static final double BOTTOM = 46;
	private static final int X_TICKS = 6;

	private final SimulationResult simulation;

	public HistogramChart(SimulationResult simulation) {
		super(WIDTH, HEIGHT);
		this.simulation = simulation;
		List<Bin> bins = simulation.histogram().bins();
		double low = Math.min(bins.get(0).low(), simulation.targetCost());
		double high = Math.max(bins.get(bins.size() - 1).high(), simulation.targetCost());
		if (high <= low) {
			high = low + Math.max(1, Math.abs(low) * 0.1);
		}
		double yMax = Axes.ceilTo(simulation.histogram().mostYearsInABin() * 1.1, niceStep(simulation.histogram().mostYearsInABin()));
		plot(LEFT, RIGHT, TOP, BOTTOM, low, high, yMax);
	}

	@Override
	public void paint(Canvas canvas) {
		PillarColors colors = Palette.of(EnginePillar.COMPENSATION);
		canvas.begin("payout-distribution", "Simulated variable pay per year", WIDTH, HEIGHT, Palette.PAPER);
		double yStep = niceStep(axes().yMax());
		double xStep = niceStep((axes().xMax() - axes().xMin()) * 5 / X_TICKS);
		double firstTick = Math.ceil(axes().xMin() / xStep - 1e-9) * xStep;
		axes().paint(canvas, Axes.ticks(firstTick, firstTick + Math.floor((axes().xMax() - firstTick) / xStep + 1e-9) * xStep, xStep),
				Amounts::brief, Axes.ticks(0, axes().yMax(), yStep),
				v -> Amounts.grouped(v, 0), "total variable pay in a year", "years");
		canvas.beginGroup("payout-bins", List.of("bins"), "", null);
		ShapeLook bar = new ShapeLook(colors.fill(), colors.strong(), 1, List.of(), 0);
		for (Bin bin : simulation.histogram().bins()) {
			double x = axes().x(bin.low());
			double width = Math.max(1, axes().x(bin.high()) - x);
			canvas.rectangle(new Bounds(x, axes().y(bin.years()), width, axes().y(0) - axes().y(bin.years())), bar);
		}
		canvas.endGroup();
		marker(canvas, "at-target", simulation.targetCost(), "at target " + Amounts.brief(simulation.targetCost()), Palette.NEUTRAL, 12);
		marker(canvas, "percentile-p10", simulation.p10(), "P10 " + Amounts.brief(simulation.p10()), colors.strong(), 36);
		marker(canvas, "percentile-p50", simulation.p50(), "P50 " + Amounts.brief(simulation.p50()), colors.strong(), 24);
		marker(canvas, "percentile-p90", simulation.p90(), "P90 " + Amounts.brief(simulation.p90()), colors.strong(), 36);
		canvas.end();
	}

	private void marker(Canvas canvas, String id, double value, String label, org.salesengine.diagram.style.Rgb colour,
			double labelBaseline) {
		canvas.beginGroup(id, List.of("marker"), "", label);
		double x = axes().x(value);
		canvas.polyline(List.of(new org.salesengine.diagram.model.Point(x, labelBaseline + 3),
				new org.salesengine.diagram.model.Point(x, axes().y(0))), ShapeLook.line(colour, 1.6, List.of(5.0, 3.0)));
		canvas.text(label, x, labelBaseline, new TextLook(11, true, false, colour), Anchor.MIDDLE);
		canvas.endGroup();
	}

	/** 1, 2 or 5 times a power of ten, giving about five grid lines up to {@code max}. */
	static double niceStep(double max) {
		double raw = Math.max(1, max / 5);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		for (double factor : new double[] { 1, 2, 5 }) {
			if (raw <= factor * power) {
				return factor * power;
			}
		}
		return 10 * power;
	}
}
