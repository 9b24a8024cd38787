package org.salesengine.diagram.build;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.model.Measure;

/**
 * A measure's payout curve for drawing: the curve itself is {@link org.salesengine.model.engine.PayoutCurve} (the one
 * place where it is computed); this adds the chart's domain, the polyline and the sparkline. Invalid curves (a
 * threshold above the cap) are drawn as written: the picture should show what the plan would do.
 */
public record PayoutCurve(org.salesengine.model.engine.PayoutCurve curve) {
	/** How far past the last bend the chart goes, so the flat part after the cap is visible. */
	static final double TAIL = 0.3;
	static final double MIN_DOMAIN = 1.5;

	public static PayoutCurve of(Measure measure) {
		return new PayoutCurve(org.salesengine.model.engine.PayoutCurve.of(measure));
	}

	public double payoutAt(double attainment) {
		return curve.factor(attainment);
	}

	/** The attainment at which the cap is reached, or null without a cap (or with a curve that never gets there). */
	public Double capReachedAt() {
		return curve.capReachedAt();
	}

	/** The attainment where the chart ends: a little past the last bend, at least 150%. */
	public double domainEnd() {
		double lastBend = Math.max(curve.threshold(), capReachedAt() == null ? 0 : capReachedAt());
		for (double bend : curve.bends()) {
			lastBend = Math.max(lastBend, bend);
		}
		return Math.max(MIN_DOMAIN, lastBend + TAIL);
	}

	/**
	 * The curve as a polyline of (attainment, payout) points from 0 to {@link #domainEnd()}: every bend once, and the
	 * jump at the threshold as two points with the same attainment.
	 */
	public List<Point> points() {
		double end = domainEnd();
		TreeSet<Double> bends = new TreeSet<>(List.of(0.0, end));
		List<Double> candidates = new ArrayList<>(curve.bends());
		candidates.add(curve.threshold());
		candidates.add(capReachedAt() == null ? -1 : capReachedAt());
		for (double at : candidates) {
			if (at > 0 && at < end) {
				bends.add(at);
			}
		}
		List<Point> points = new ArrayList<>();
		for (double attainment : bends) {
			if (attainment == curve.threshold() && curve.threshold() > 0) {
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
}
