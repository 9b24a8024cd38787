package org.salesengine.diagram.model;

import java.util.List;

/**
 * A small chart inside a node, such as a measure's payout curve.
 * <p>
 * Before layout, the points are in the unit square, x to the right and y upwards: {@code curve}, {@code guides}
 * (reference lines such as 100% attainment and 100% payout, drawn faintly), {@code ticks} (the values written on the
 * axes) and {@code note}, a short text the chart states beside the start of the curve (a tiered curve's first rate),
 * or null. {@code frame}, {@code plot}, {@code grid} and {@code labels} are empty.
 * <p>
 * After layout, coordinates are absolute: {@code frame} is the chart's box, {@code plot} the part the axes span, the
 * curve and guides lie in it, {@code grid} holds one faint line per tick, {@code labels} the placed tick texts and
 * {@code noteLabel} the placed note (or null).
 */
public record Sparkline(Bounds frame, Bounds plot, List<Point> curve, List<List<Point>> guides, List<AxisTick> ticks, String note,
		List<List<Point>> grid, List<DiagramLabel> labels, DiagramLabel noteLabel) {

	public Sparkline {
		curve = List.copyOf(curve);
		guides = guides.stream().map(List::copyOf).toList();
		ticks = List.copyOf(ticks);
		grid = grid.stream().map(List::copyOf).toList();
		labels = List.copyOf(labels);
	}

	/** A chart before layout, in the unit square. */
	public static Sparkline unit(List<Point> curve, List<List<Point>> guides, List<AxisTick> ticks, String note) {
		return new Sparkline(Bounds.NONE, Bounds.NONE, curve, guides, ticks, note, List.of(), List.of(), null);
	}

	/** The texts written along one axis, from the origin outwards. */
	public List<String> tickTexts(AxisTick.Axis axis) {
		return ticks.stream().filter(t -> t.axis() == axis).map(AxisTick::text).toList();
	}
}
