package org.salesengine.diagram.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.model.Measure;

/**
 * What a measure pays, as a share of its target incentive, for an attainment (both as fractions, 1 = 100%):
 * nothing below the threshold, then the attainment itself up to the accelerator's kink (100% unless the measure says
 * otherwise), then {@code kink + accelerator × (attainment − kink)} above it, never more than the cap. Unset values
 * mean no threshold, accelerator 1x and no cap. Invalid curves (a threshold above the cap) are drawn as written: the
 * picture should show what the plan would do.
 */
public record PayoutCurve(double threshold, double accelerator, double kink, Double cap) {
	/** How far past the last bend the chart goes, so the flat part after the cap is visible. */
	static final double TAIL = 0.3;
	static final double MIN_DOMAIN = 1.5;

	public static PayoutCurve of(Measure measure) {
		return new PayoutCurve(orElse(measure.getThreshold(), 0), orElse(measure.getAccelerator(), 1),
				orElse(measure.getAcceleratorAbove(), 1), measure.getCap() == null ? null : measure.getCap().doubleValue());
	}

	public double payoutAt(double attainment) {
		if (attainment < threshold) {
			return 0;
		}
		double uncapped = attainment <= kink ? attainment : kink + accelerator * (attainment - kink);
		return cap == null ? uncapped : Math.min(uncapped, cap);
	}

	/** The attainment at which the cap is reached, or null without a cap (or with an accelerator that never gets there). */
	public Double capReachedAt() {
		if (cap == null) {
			return null;
		}
		if (cap <= kink) {
			return Math.max(cap, threshold);
		}
		return accelerator <= 0 ? null : Math.max(kink + (cap - kink) / accelerator, threshold);
	}

	/** The attainment where the chart ends: a little past the last bend, at least 150%. */
	public double domainEnd() {
		double lastBend = Math.max(Math.max(threshold, kink), capReachedAt() == null ? 0 : capReachedAt());
		return Math.max(MIN_DOMAIN, lastBend + TAIL);
	}

	/**
	 * The curve as a polyline of (attainment, payout) points from 0 to {@link #domainEnd()}: every bend once, and the
	 * jump at the threshold as two points with the same attainment.
	 */
	public List<Point> points() {
		double end = domainEnd();
		TreeSet<Double> bends = new TreeSet<>(List.of(0.0, end));
		for (double at : new double[] { threshold, kink, capReachedAt() == null ? -1 : capReachedAt() }) {
			if (at > 0 && at < end) {
				bends.add(at);
			}
		}
		List<Point> points = new ArrayList<>();
		for (double attainment : bends) {
			if (attainment == threshold && threshold > 0) {
				points.add(new Point(attainment, 0));
			}
			Point point = new Point(attainment, payoutAt(attainment));
			if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
				points.add(point);
			}
		}
		return dropCollinear(points);
	}

	/**
	 * The curve scaled into the unit square (x: attainment up to the domain end, y: payout up to the highest payout,
	 * at least 100%), with guides at 100% attainment and 100% payout.
	 */
	public Sparkline sparkline() {
		List<Point> points = points();
		double xMax = domainEnd();
		double yMax = Math.max(1, points.stream().mapToDouble(Point::y).max().orElse(1));
		List<Point> unit = points.stream().map(p -> new Point(p.x() / xMax, p.y() / yMax)).toList();
		List<Point> fullAttainment = List.of(new Point(1 / xMax, 0), new Point(1 / xMax, 1));
		List<Point> fullPayout = List.of(new Point(0, 1 / yMax), new Point(1, 1 / yMax));
		return new Sparkline(Bounds.NONE, unit, List.of(fullAttainment, fullPayout));
	}

	private static List<Point> dropCollinear(List<Point> points) {
		List<Point> kept = new ArrayList<>();
		for (Point point : points) {
			while (kept.size() >= 2 && collinear(kept.get(kept.size() - 2), kept.get(kept.size() - 1), point)) {
				kept.remove(kept.size() - 1);
			}
			kept.add(point);
		}
		return kept;
	}

	private static boolean collinear(Point a, Point b, Point c) {
		double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
		return Math.abs(cross) < 1e-12;
	}

	private static double orElse(BigDecimal value, double otherwise) {
		return value == null ? otherwise : value.doubleValue();
	}
}
