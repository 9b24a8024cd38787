package org.salesengine.report.charts;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.Canvas;
import org.salesengine.diagram.paint.Canvas.Anchor;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.model.engine.Amounts;

/**
 * One measure's payout curve as a chart: attainment on the x axis, payout as a share of the measure's target
 * incentive on the y axis, every 50%. The curve is the analysis's ({@code PayoutCurve.factor}); its bends come from
 * the diagrams' {@code PayoutCurve.points}, so the chart, the pay diagram and the payout tables agree. The key points
 * are marked and labelled, each in a group {@code <measure>-<kind>} of class {@code key-point}: the threshold (where
 * pay starts), 100% attainment, the accelerator's knee (when it is not at 100%) and the cap (where the payout stops
 * rising).
 */
public final class PayoutChart extends Chart {
	public static final double WIDTH = 380;
	public static final double HEIGHT = 250;
	static final double LEFT = 64;
	static final double RIGHT = 18;
	static final double TOP = 18;
	static final double BOTTOM = 44;
	static final double STEP = 0.5;
	private static final double KEY_LINE = 14;
	private static final double KEY_WIDTH = 168;

	/** A marked point: its kind (threshold, target, knee, cap), attainment and payout factor. */
	public record KeyPoint(String kind, double attainment, double payout, String label) {
	}

	private final MeasurePay measure;
	private final String title;
	private final org.salesengine.diagram.build.PayoutCurve bends;

	public PayoutChart(MeasurePay measure, String title) {
		super(WIDTH, HEIGHT);
		this.measure = measure;
		this.title = title;
		var curve = measure.curve();
		this.bends = new org.salesengine.diagram.build.PayoutCurve(curve);
		double xMax = Axes.ceilTo(bends.domainEnd(), STEP);
		double highest = bends.points().stream().mapToDouble(Point::y).max().orElse(1);
		double yMax = Axes.ceilTo(Math.max(1, Math.max(highest, curve.factor(xMax))) * 1.05, STEP);
		plot(LEFT, RIGHT, TOP, BOTTOM, 0, xMax, yMax);
	}

	/** The curve from 0 to the end of the x axis, as (attainment, payout factor) pairs. */
	public List<Point> curve() {
		List<Point> points = new ArrayList<>(bends.points());
		double end = axes().xMax();
		Point last = points.get(points.size() - 1);
		if (last.x() < end) {
			Point extended = new Point(end, measure.curve().factor(end));
			// A flat tail after the cap is extended, not given a second point on the same line.
			boolean flat = points.size() >= 2 && points.get(points.size() - 2).y() == last.y() && last.y() == extended.y();
			if (flat) {
				points.set(points.size() - 1, extended);
			} else {
				points.add(extended);
			}
		}
		return points;
	}

	/** Threshold, 100%, knee and cap, in that order, each once and only when the curve has it. */
	public List<KeyPoint> keyPoints() {
		var curve = measure.curve();
		List<KeyPoint> points = new ArrayList<>();
		if (curve.hasThreshold()) {
			points.add(new KeyPoint("threshold", curve.threshold(), curve.factor(curve.threshold()),
					"threshold " + Amounts.percent(curve.threshold())));
		}
		boolean classic = curve.isClassic();
		String accelerates = classic && curve.hasAccelerator() && curve.knee() == 1
				? ", " + Amounts.grouped(curve.accelerator(), 2) + "x above" : "";
		points.add(new KeyPoint("target", 1, curve.factor(1), "100% pays " + Amounts.percent(curve.factor(1)) + accelerates));
		if (classic && curve.hasAccelerator() && curve.knee() != 1 && curve.knee() >= curve.threshold()) {
			points.add(new KeyPoint("knee", curve.knee(), curve.factor(curve.knee()),
					Amounts.grouped(curve.accelerator(), 2) + "x above " + Amounts.percent(curve.knee())));
		}
		if (!classic) {
			// A tiered curve bends where a tier starts: each bend is labelled with the rate paid from there on. The kind
			// numbers the bends, so that each point's group id in the SVG is unique.
			int tiers = 0;
			for (double bend : curve.bends()) {
				if (bend != 1 && bend >= curve.threshold() && (bends.capReachedAt() == null || bend < bends.capReachedAt())) {
					points.add(new KeyPoint("tier" + ++tiers, bend, curve.factor(bend),
							Amounts.grouped(curve.rateAfter(bend), 2) + "x from " + Amounts.percent(bend)));
				}
			}
			points.sort(java.util.Comparator.comparingDouble(KeyPoint::attainment));
		}
		Double capAt = bends.capReachedAt();
		if (capAt != null && capAt <= axes().xMax()) {
			points.add(new KeyPoint("cap", capAt, curve.factor(capAt), "cap " + Amounts.percent(curve.cap()) + " from "
					+ Amounts.percent(capAt)));
		}
		return points;
	}

	@Override
	public void paint(Canvas canvas) {
		Rgb strong = Palette.of(EnginePillar.COMPENSATION).strong();
		canvas.begin(measure.measure() + "-payout", title, WIDTH, HEIGHT, Palette.PAPER);
		double yStep = axes().yMax() > 3 ? 1 : STEP;
		axes().paint(canvas, Axes.ticks(0, axes().xMax(), STEP), Amounts::percent, Axes.ticks(0, axes().yMax(), yStep),
				Amounts::percent, "attainment", "payout, % of target incentive");
		// The guides at 100% attainment and 100% payout: the point a rep reads first.
		ShapeLook guide = ShapeLook.line(Palette.NEUTRAL, 1, List.of(4.0, 3.0));
		canvas.polyline(List.of(axes().at(1, 0), axes().at(1, axes().yMax())), guide);
		canvas.polyline(List.of(axes().at(0, 1), axes().at(axes().xMax(), 1)), guide);
		canvas.beginGroup(measure.measure() + "-curve", List.of("payout-curve"), measure.measure(), null);
		canvas.polyline(curve().stream().map(p -> axes().at(p.x(), p.y())).toList(), ShapeLook.line(strong, 2.5, List.of()));
		canvas.endGroup();
		TextLook label = Axes.LABEL.withColor(strong);
		List<KeyPoint> keyPoints = keyPoints();
		// A key in the top left of the plot, which a rising curve leaves empty; each point carries its number, so that
		// points close together (a threshold at 80%, then 100%) never have their labels overlap.
		double keyHeight = keyPoints.size() * KEY_LINE + 6;
		canvas.rectangle(new org.salesengine.diagram.model.Bounds(LEFT + 4, TOP + 4, KEY_WIDTH, keyHeight),
				new ShapeLook(Palette.PAPER, Axes.GRID, 1, List.of(), 3));
		for (int i = 0; i < keyPoints.size(); i++) {
			KeyPoint point = keyPoints.get(i);
			String number = String.valueOf(i + 1);
			Point at = axes().at(point.attainment(), point.payout());
			canvas.beginGroup(measure.measure() + "-" + point.kind(), List.of("key-point", point.kind()), measure.measure(),
					point.label());
			canvas.ellipse(new org.salesengine.diagram.model.Bounds(at.x() - 4, at.y() - 4, 8, 8),
					new ShapeLook(Palette.PAPER, strong, 2, List.of(), 0));
			// Numbers alternate below right and above left of their points, so two neighbours do not touch.
			boolean belowRight = i % 2 == 0;
			canvas.text(number, at.x() + (belowRight ? 8 : -14), at.y() + (belowRight ? 13 : -6), label, Anchor.START);
			canvas.text(number + "  " + point.label(), LEFT + 10, TOP + 4 + (i + 1) * KEY_LINE, label, Anchor.START);
			canvas.endGroup();
		}
		canvas.end();
	}
}
