package org.salesengine.report.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.paint.Canvas.Anchor;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.PillarColors;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CapacityWaterfall;

/**
 * The capacity waterfall: the nominal street quota, what hires' start dates, ramp, attrition and their overlap each
 * take from it (floating bars, red), and the effective street quota, with the revenue target as a dashed line. The
 * steps are the model's {@link CapacityWaterfall#steps()}, which add up exactly.
 */
public final class WaterfallChart extends Chart {
	public static final double WIDTH = 720;
	public static final double HEIGHT = 280;
	private static final double LEFT = 70;
	private static final double RIGHT = 20;
	private static final double TOP = 24;
	private static final double BOTTOM = 50;
	private static final double GAP = 0.3;

	/** One bar: its label, where it starts and ends (bottom and top, in the currency), and whether it is a loss. */
	public record Bar(String label, double from, double to, boolean loss) {
	}

	private final CapacityWaterfall waterfall;
	private final Double revenueTarget;

	public WaterfallChart(CapacityWaterfall waterfall, Double revenueTarget) {
		super(WIDTH, HEIGHT);
		this.waterfall = waterfall;
		this.revenueTarget = revenueTarget;
		double top = Math.max(waterfall.nominal(), revenueTarget == null ? 0 : revenueTarget);
		double yMax = Axes.ceilTo(Math.max(top, 1) * 1.08, HistogramChart.niceStep(top));
		plot(LEFT, RIGHT, TOP, BOTTOM, 0, bars().size(), yMax);
	}

	/** Nominal, the four steps, effective. */
	public List<Bar> bars() {
		List<Bar> bars = new ArrayList<>();
		bars.add(new Bar("nominal", 0, waterfall.nominal(), false));
		double level = waterfall.nominal();
		for (Map.Entry<String, Double> step : waterfall.steps().entrySet()) {
			bars.add(new Bar(step.getKey(), level - step.getValue(), level, true));
			level -= step.getValue();
		}
		bars.add(new Bar("effective", 0, waterfall.effective(), false));
		return bars;
	}

	@Override
	public void paint(Canvas canvas) {
		PillarColors colors = Palette.of(EnginePillar.STRUCTURE);
		canvas.begin("capacity-waterfall", "Street quota: nominal to effective", WIDTH, HEIGHT, Palette.PAPER);
		double yStep = HistogramChart.niceStep(axes().yMax());
		axes().paint(canvas, List.of(), v -> "", Axes.ticks(0, axes().yMax(), yStep), Amounts::brief, "", "street quota");
		List<Bar> bars = bars();
		TextLook value = new TextLook(11, true, false, Palette.INK);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double x = axes().x(i + GAP / 2);
			double width = axes().x(i + 1 - GAP / 2) - x;
			double top = axes().y(bar.to());
			double height = Math.max(1, axes().y(bar.from()) - top);
			ShapeLook look = bar.loss() ? new ShapeLook(Palette.ERROR_WASH, Palette.ERROR, 1, List.of(), 0)
					: new ShapeLook(colors.fill(), colors.strong(), 1.2, List.of(), 0);
			canvas.beginGroup("waterfall-" + i, List.of("bar", bar.loss() ? "loss" : "total"), "", bar.label() + ": "
					+ Amounts.brief(bar.to() - bar.from()));
			canvas.rectangle(new Bounds(x, top, width, height), look);
			double size = bar.to() - bar.from();
			String amount = (bar.loss() && size > 0 ? "−" : "") + Amounts.brief(size);
			canvas.text(amount, x + width / 2, top - 5, value, Anchor.MIDDLE);
			List<String> words = wrap(bar.label());
			for (int line = 0; line < words.size(); line++) {
				canvas.text(words.get(line), x + width / 2, axes().plot().bottom() + 15 + line * 13, Axes.TICK, Anchor.MIDDLE);
			}
			canvas.endGroup();
		}
		if (revenueTarget != null) {
			canvas.beginGroup("revenue-target", List.of("marker"), "", "revenue target " + Amounts.brief(revenueTarget));
			double y = axes().y(revenueTarget);
			canvas.polyline(List.of(new Point(LEFT, y), new Point(WIDTH - RIGHT, y)),
					ShapeLook.line(Palette.of(EnginePillar.STRATEGY).strong(), 1.6, List.of(6.0, 4.0)));
			canvas.text("revenue target " + Amounts.brief(revenueTarget), axes().x(bars.size() / 2.0), y - 5,
					Axes.LABEL.withColor(Palette.of(EnginePillar.STRATEGY).strong()), Anchor.MIDDLE);
			canvas.endGroup();
		}
		canvas.end();
	}

	/** Labels such as "overlap of ramp and attrition" on two lines under a narrow bar. */
	private static List<String> wrap(String label) {
		if (label.length() <= 14) {
			return List.of(label);
		}
		int middle = label.lastIndexOf(' ', label.length() / 2 + 3);
		return middle < 0 ? List.of(label) : List.of(label.substring(0, middle), label.substring(middle + 1));
	}
}
