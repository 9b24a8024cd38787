package org.salesengine.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.diagram.model.TextStyle;

/**
 * The inside of a box: its lines of text stacked from the top, a sparkline under them, a badge in the top-right
 * corner. ELK places boxes, not what is in them; as in Sprotty, where the client sizes nodes before ELK runs, the
 * box size comes from here and ELK keeps it fixed.
 */
public class NodeContents {
	static final double PADDING_X = 10;
	static final double PADDING_Y = 7;
	static final double LINE_GAP = 2;
	static final double GAP_AFTER_NAME = 3;
	static final double MIN_WIDTH = 72;
	static final double BADGE_SIZE = 16;
	static final double BADGE_INSET = 5;
	/** Every chart has the same size, so that on a scale they share the same payout stands at the same height. */
	static final double SPARKLINE_WIDTH = 210;
	/** The chart's height: the plotted part plus a line of axis values under it. */
	static final double SPARKLINE_HEIGHT = 96;
	static final double SPARKLINE_GAP = 5;
	static final double SPARKLINE_INSET = 4;
	/** Room between an axis and the values written along it. */
	static final double AXIS_GAP = 3;
	static final double COMPARTMENT_PADDING = 16;
	static final double EDGE_LABEL_INSET_X = 4;
	static final double EDGE_LABEL_INSET_Y = 1;

	private final TextMetrics metrics;

	public NodeContents(TextMetrics metrics) {
		this.metrics = metrics;
	}

	/** Width and height of a box that holds the node's text and sparkline with padding around them. */
	public double[] size(DiagramNode node) {
		double width = 0;
		for (int i = 0; i < node.labels().size(); i++) {
			DiagramLabel label = node.labels().get(i);
			double line = metrics.width(label.text(), label.style());
			if (i == 0 && node.decoration() != null) {
				line += BADGE_SIZE + BADGE_INSET;
			}
			width = Math.max(width, line);
		}
		if (node.sparkline() != null) {
			width = Math.max(width, SPARKLINE_WIDTH);
		}
		double height = textHeight(node.labels()) + 2 * PADDING_Y;
		if (node.sparkline() != null) {
			height += SPARKLINE_GAP + SPARKLINE_HEIGHT;
		}
		return new double[] { Math.max(MIN_WIDTH, Math.ceil(width + 2 * PADDING_X)), Math.ceil(height) };
	}

	/** Space a compartment keeps free above its children for its heading. */
	public double compartmentHeadingHeight(DiagramNode compartment) {
		return textHeight(compartment.labels()) + PADDING_Y + COMPARTMENT_PADDING;
	}

	/** The narrowest a compartment may be: its heading must fit. */
	public double compartmentMinWidth(DiagramNode compartment) {
		double[] heading = size(compartment);
		return heading[0] + 2 * (COMPARTMENT_PADDING - PADDING_X);
	}

	/** The node's labels, sparkline and badge placed inside its laid-out box (absolute coordinates). */
	public DiagramNode place(DiagramNode node, Bounds box, List<DiagramNode> children) {
		double inset = node.kind() == NodeKind.COMPARTMENT ? COMPARTMENT_PADDING : PADDING_X;
		double top = node.kind() == NodeKind.COMPARTMENT ? box.y() + PADDING_Y + 3 : box.y() + PADDING_Y;
		List<DiagramLabel> placed = new ArrayList<>();
		double y = top;
		double bottom = top;
		for (int i = 0; i < node.labels().size(); i++) {
			DiagramLabel label = node.labels().get(i);
			double height = metrics.lineHeight(label.style());
			Bounds where = new Bounds(box.x() + inset, y, metrics.width(label.text(), label.style()), height);
			placed.add(label.at(where, y + metrics.ascent(label.style())));
			bottom = y + height;
			y += height + gapAfter(node.labels(), i);
		}
		Sparkline sparkline = null;
		if (node.sparkline() != null) {
			Bounds frame = new Bounds(box.x() + PADDING_X, bottom + SPARKLINE_GAP, SPARKLINE_WIDTH, SPARKLINE_HEIGHT);
			sparkline = new ChartPlacement(metrics).place(node.sparkline(), frame);
		}
		var decoration = node.decoration() == null ? null
				: node.decoration().at(new Bounds(box.right() - BADGE_INSET - BADGE_SIZE, box.y() + BADGE_INSET, BADGE_SIZE, BADGE_SIZE));
		return node.withLayout(box, placed, children, decoration, sparkline);
	}

	private double textHeight(List<DiagramLabel> labels) {
		double height = 0;
		for (int i = 0; i < labels.size(); i++) {
			height += metrics.lineHeight(labels.get(i).style()) + (i < labels.size() - 1 ? gapAfter(labels, i) : 0);
		}
		return height;
	}

	/** A little air between the name and the lines about it, none between lines of one wrapped text. */
	private static double gapAfter(List<DiagramLabel> labels, int index) {
		boolean nameEnds = labels.get(index).style() == TextStyle.NAME
				&& (index + 1 >= labels.size() || labels.get(index + 1).style() != TextStyle.NAME);
		return LINE_GAP + (nameEnds ? GAP_AFTER_NAME : 0);
	}
}
