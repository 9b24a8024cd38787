package org.salesengine.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.AxisTick;
import org.salesengine.diagram.model.AxisTick.Axis;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.diagram.model.TextStyle;

/**
 * Places a chart in its frame: payout values to the left of the plot, right-aligned on their ticks; attainment values
 * under it, centred on theirs, except the 0% at the origin, which the payout axis writes for both; the plot takes the
 * rest. The unit-square curve, guides and ticks are mapped onto the
 * plot, y upwards, and the chart's note sits just above the middle of the curve's first segment.
 */
final class ChartPlacement {
	private final TextMetrics metrics;

	ChartPlacement(TextMetrics metrics) {
		this.metrics = metrics;
	}

	Sparkline place(Sparkline unit, Bounds frame) {
		Bounds inner = frame.grow(-NodeContents.SPARKLINE_INSET);
		double lineHeight = metrics.lineHeight(TextStyle.AXIS);
		double payoutLabels = unit.ticks().stream().filter(t -> t.axis() == Axis.PAYOUT)
				.mapToDouble(t -> metrics.width(t.text(), TextStyle.AXIS)).max().orElse(0);
		double lastAttainment = unit.ticks().stream().filter(t -> t.axis() == Axis.ATTAINMENT && t.at() >= 1)
				.mapToDouble(t -> metrics.width(t.text(), TextStyle.AXIS)).max().orElse(0);
		double left = inner.x() + payoutLabels + (payoutLabels > 0 ? NodeContents.AXIS_GAP : 0);
		double right = inner.right() - lastAttainment / 2;
		// The top payout value is centred on the top tick, so half a line of room above the plot.
		double top = inner.y() + (payoutLabels > 0 ? lineHeight / 2 : 0);
		double bottom = inner.bottom() - (hasAttainmentTicks(unit) ? lineHeight + NodeContents.AXIS_GAP : 0);
		Bounds plot = new Bounds(left, top, right - left, bottom - top);

		List<Point> curve = map(unit.curve(), plot);
		List<List<Point>> guides = unit.guides().stream().map(guide -> map(guide, plot)).toList();
		List<List<Point>> grid = new ArrayList<>();
		List<DiagramLabel> labels = new ArrayList<>();
		for (AxisTick tick : unit.ticks()) {
			double width = metrics.width(tick.text(), TextStyle.AXIS);
			DiagramLabel label = DiagramLabel.of(tick.text(), TextStyle.AXIS);
			if (tick.axis() == Axis.ATTAINMENT) {
				double x = plot.x() + tick.at() * plot.width();
				grid.add(List.of(new Point(x, plot.y()), new Point(x, plot.bottom())));
				if (tick.at() == 0) {
					// The payout axis's 0% stands at the origin already: a second one under it would run into it.
					continue;
				}
				double labelTop = plot.bottom() + NodeContents.AXIS_GAP;
				labels.add(label.at(new Bounds(x - width / 2, labelTop, width, lineHeight), labelTop + metrics.ascent(TextStyle.AXIS)));
			} else {
				double y = plot.bottom() - tick.at() * plot.height();
				grid.add(List.of(new Point(plot.x(), y), new Point(plot.right(), y)));
				double labelTop = y - lineHeight / 2;
				labels.add(label.at(new Bounds(plot.x() - NodeContents.AXIS_GAP - width, labelTop, width, lineHeight),
						labelTop + metrics.ascent(TextStyle.AXIS)));
			}
		}
		return new Sparkline(frame, plot, curve, guides, unit.ticks(), unit.note(), grid, labels, note(unit.note(), curve, plot));
	}

	/** Above the middle of the first rising segment, kept inside the plot. */
	private DiagramLabel note(String note, List<Point> curve, Bounds plot) {
		if (note == null || curve.size() < 2) {
			return null;
		}
		Point from = curve.get(0);
		Point to = curve.get(1);
		for (int i = 1; i < curve.size() && to.y() == from.y(); i++) {
			from = curve.get(i - 1);
			to = curve.get(i);
		}
		double width = metrics.width(note, TextStyle.AXIS);
		double lineHeight = metrics.lineHeight(TextStyle.AXIS);
		double x = Math.max(plot.x() + 2, Math.min(plot.right() - width, (from.x() + to.x()) / 2 - width / 2));
		double labelTop = Math.max(plot.y(), Math.min(from.y(), to.y()) - lineHeight - 2);
		return DiagramLabel.of(note, TextStyle.AXIS).at(new Bounds(x, labelTop, width, lineHeight), labelTop + metrics.ascent(TextStyle.AXIS));
	}

	private static boolean hasAttainmentTicks(Sparkline unit) {
		return unit.ticks().stream().anyMatch(t -> t.axis() == Axis.ATTAINMENT);
	}

	private static List<Point> map(List<Point> unit, Bounds plot) {
		return unit.stream().map(p -> new Point(plot.x() + p.x() * plot.width(), plot.bottom() - p.y() * plot.height())).toList();
	}
}
