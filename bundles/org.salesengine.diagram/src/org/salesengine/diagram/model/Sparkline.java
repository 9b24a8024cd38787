package org.salesengine.diagram.model;

import java.util.List;

/**
 * A small chart inside a node, such as a measure's payout curve. Coordinates are absolute after layout: the curve
 * is a polyline inside {@code frame}; {@code guides} are reference lines (100% attainment, 100% payout) drawn faintly.
 * Before layout, the points are in the unit square, x to the right and y upwards, and the layout maps them.
 */
public record Sparkline(Bounds frame, List<Point> curve, List<List<Point>> guides) {

	public Sparkline {
		curve = List.copyOf(curve);
		guides = guides.stream().map(List::copyOf).toList();
	}
}
