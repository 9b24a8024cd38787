package org.salesengine.diagram.layout;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.salesengine.diagram.model.Point;

/**
 * Puts the pinned boxes of a laid-out ELK graph exactly at their pins: ELK's interactive layout has chosen their
 * columns, order and the room the others make, and lands them near their pins (a box in a column has the column's
 * x); this moves each one the rest of the way, by an offset. The ends of its edges move with it ({@link EdgeEnds}),
 * the compartments around it grow to hold it, and the graph grows to hold everything, so that the canvas does too.
 * Nothing else moves: this applies ELK's result with an offset and is no layout algorithm of its own.
 */
final class PinPlacement {
	private PinPlacement() {
	}

	/**
	 * Moves the pinned nodes of {@code root} to their pins. {@code pins} are top-left corners in diagram coordinates,
	 * {@code widths} the boxes' own widths (ELK may have laid a pinned box out wider, to keep the room it is moved
	 * into free), {@code origin} is where the graph's (0, 0) is in the diagram. A pin left of or above what the box's
	 * compartments need around it (the canvas's edge for a box at the top level) is taken as that edge: the canvas
	 * starts at 0.
	 */
	static void apply(ElkNode root, Map<String, ElkNode> nodes, Map<String, Point> pins, Map<String, Double> widths, Point origin) {
		Map<ElkNode, KVector> moved = new LinkedHashMap<>();
		// In id order, so that the same pins always give the same bytes.
		pins.keySet().stream().sorted().forEach(id -> {
			ElkNode node = nodes.get(id);
			KVector at = absolute(node, root, origin);
			KVector least = leastCorner(node, root);
			Point pin = pins.get(id);
			KVector target = new KVector(Math.max(pin.x(), least.x), Math.max(pin.y(), least.y));
			double width = widths.get(id);
			if (target.distance(at) > 0 || width != node.getWidth()) {
				moveEdgeEnds(node, new KVector(target).sub(at), width - node.getWidth(), root);
				node.setWidth(width);
				place(node, target, root, origin);
				moved.put(node, target);
			}
		});
		for (ElkNode node : moved.keySet()) {
			for (ElkNode parent = node.getParent(); parent != null && parent != root; parent = parent.getParent()) {
				growAround(parent);
			}
		}
		// A compartment grown to the left or up moved its corner; the boxes are where they were, up to rounding.
		moved.forEach((node, target) -> place(node, target, root, origin));
		growGraph(root);
	}

	/** The node at {@code target} relative to its parent as the copy back adds them up, so that it is at the pin to the bit. */
	private static void place(ElkNode node, KVector target, ElkNode root, Point origin) {
		KVector parent = absolute(node.getParent(), root, origin);
		node.setLocation(target.x - parent.x, target.y - parent.y);
	}

	/**
	 * Moves the end of each of the box's edges with the box: its corner moves by {@code delta} and its width changes
	 * by {@code grow}, so an end on the left side moves by {@code delta}, one on the right side by {@code delta} and
	 * {@code grow}, one on the top or bottom by {@code delta} and half of {@code grow}.
	 */
	private static void moveEdgeEnds(ElkNode node, KVector delta, double grow, ElkNode root) {
		for (ElkEdge edge : ElkGraphUtil.allIncidentEdges(node)) {
			if (edge.getSections().isEmpty()) {
				continue;
			}
			boolean fromIt = ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)) == node;
			boolean toIt = ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)) == node;
			// The box in the edge's coordinates, before the move: which side an end is on.
			KVector container = absolute(edge.getContainingNode(), root, new Point(0, 0));
			KVector corner = absolute(node, root, new Point(0, 0)).sub(container);
			if (fromIt) {
				moveEnd(edge, edge.getSections().get(0), true, corner, node, delta, grow);
			}
			if (toIt) {
				moveEnd(edge, edge.getSections().get(edge.getSections().size() - 1), false, corner, node, delta, grow);
			}
		}
	}

	/** One end of one section, and a label that sits on the segment next to it. */
	private static void moveEnd(ElkEdge edge, ElkEdgeSection section, boolean start, KVector corner, ElkNode node, KVector boxDelta,
			double grow) {
		List<KVector> route = route(section);
		if (!start) {
			Collections.reverse(route);
		}
		KVector end = route.get(0);
		KVector next = route.get(1);
		int axis = Math.abs(end.y - next.y) < 0.01 ? 0 : Math.abs(end.x - next.x) < 0.01 ? 1 : -1;
		boolean rightSide = Math.abs(end.x - (corner.x + node.getWidth())) < Math.abs(end.x - corner.x);
		KVector delta = new KVector(boxDelta).add(axis == 0 ? (rightSide ? grow : 0) : grow / 2, 0);
		if (axis < 0) {
			// Not an orthogonal end (ELK routes these diagrams orthogonally): the end moves alone.
			route.set(0, new KVector(end).add(delta));
		} else {
			double low = axis == 0 ? corner.x : corner.y;
			double high = low + (axis == 0 ? node.getWidth() : node.getHeight());
			double at = axis == 0 ? end.x : end.y;
			int outward = Math.abs(at - high) < Math.abs(at - low) ? 1 : -1;
			for (ElkLabel label : edge.getLabels()) {
				if (nearestSegment(label, route) == 0) {
					// Halfway along with the segment's middle, and across with the whole segment.
					double along = (axis == 0 ? delta.x : delta.y) / 2;
					double across = axis == 0 ? delta.y : delta.x;
					label.setLocation(label.getX() + (axis == 0 ? along : across), label.getY() + (axis == 0 ? across : along));
				}
			}
			route = EdgeEnds.move(route, delta, axis, outward);
		}
		if (!start) {
			Collections.reverse(route);
		}
		write(section, route);
	}

	private static int nearestSegment(ElkLabel label, List<KVector> route) {
		KVector centre = new KVector(label.getX() + label.getWidth() / 2, label.getY() + label.getHeight() / 2);
		int nearest = -1;
		double best = Double.MAX_VALUE;
		for (int i = 0; i + 1 < route.size(); i++) {
			double distance = new Line2D.Double(route.get(i).x, route.get(i).y, route.get(i + 1).x, route.get(i + 1).y)
					.ptSegDist(centre.x, centre.y);
			if (distance < best) {
				best = distance;
				nearest = i;
			}
		}
		return nearest;
	}

	private static List<KVector> route(ElkEdgeSection section) {
		List<KVector> route = new ArrayList<>();
		route.add(new KVector(section.getStartX(), section.getStartY()));
		for (ElkBendPoint bend : section.getBendPoints()) {
			route.add(new KVector(bend.getX(), bend.getY()));
		}
		route.add(new KVector(section.getEndX(), section.getEndY()));
		return route;
	}

	private static void write(ElkEdgeSection section, List<KVector> route) {
		section.setStartLocation(route.get(0).x, route.get(0).y);
		section.getBendPoints().clear();
		for (KVector bend : route.subList(1, route.size() - 1)) {
			ElkGraphUtil.createBendPoint(section, bend.x, bend.y);
		}
		section.setEndLocation(route.get(route.size() - 1).x, route.get(route.size() - 1).y);
	}

	/**
	 * A compartment made wider or taller where a child sticks out of its padding (its heading at the top). Growing to
	 * the left or up moves the compartment's corner; its children and edges are moved back by as much, so that they
	 * stay where they are in the diagram.
	 */
	private static void growAround(ElkNode compartment) {
		ElkPadding padding = compartment.getProperty(CoreOptions.PADDING);
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = 0;
		double bottom = 0;
		for (ElkNode child : compartment.getChildren()) {
			left = Math.min(left, child.getX());
			top = Math.min(top, child.getY());
			right = Math.max(right, child.getX() + child.getWidth());
			bottom = Math.max(bottom, child.getY() + child.getHeight());
		}
		double growLeft = Math.max(0, padding.left - left);
		double growUp = Math.max(0, padding.top - top);
		if (growLeft > 0 || growUp > 0) {
			compartment.setLocation(compartment.getX() - growLeft, compartment.getY() - growUp);
			for (ElkNode child : compartment.getChildren()) {
				child.setLocation(child.getX() + growLeft, child.getY() + growUp);
			}
			for (ElkEdge edge : compartment.getContainedEdges()) {
				shift(edge, growLeft, growUp);
			}
		}
		compartment.setDimensions(Math.max(compartment.getWidth() + growLeft, right + growLeft + padding.right),
				Math.max(compartment.getHeight() + growUp, bottom + growUp + padding.bottom));
	}

	/** The graph as large as what it holds, from its (0, 0): the canvas and the footer below follow it. */
	private static void growGraph(ElkNode root) {
		double right = root.getWidth();
		double bottom = root.getHeight();
		for (ElkNode child : root.getChildren()) {
			right = Math.max(right, child.getX() + child.getWidth());
			bottom = Math.max(bottom, child.getY() + child.getHeight());
		}
		for (ElkEdge edge : root.getContainedEdges()) {
			for (ElkEdgeSection section : edge.getSections()) {
				for (KVector point : route(section)) {
					right = Math.max(right, point.x);
					bottom = Math.max(bottom, point.y);
				}
			}
		}
		root.setDimensions(right, bottom);
	}

	private static void shift(ElkEdge edge, double dx, double dy) {
		for (ElkEdgeSection section : edge.getSections()) {
			List<KVector> route = route(section);
			route.forEach(point -> point.add(dx, dy));
			write(section, route);
		}
		for (ElkLabel label : edge.getLabels()) {
			label.setLocation(label.getX() + dx, label.getY() + dy);
		}
	}

	/**
	 * The node's top-left corner in the diagram: ELK gives every position relative to its parent. Added up from the
	 * top, in the order the layout engine's copy back adds them.
	 */
	private static KVector absolute(ElkNode node, ElkNode root, Point origin) {
		if (node == null || node == root) {
			return new KVector(origin.x(), origin.y());
		}
		KVector parent = absolute(node.getParent(), root, origin);
		return new KVector(parent.x + node.getX(), parent.y + node.getY());
	}

	/**
	 * The smallest top-left corner a pin may give the box: its compartments' paddings and headings in from the
	 * canvas's (0, 0), so that they can still grow around it on the canvas.
	 */
	private static KVector leastCorner(ElkNode node, ElkNode root) {
		KVector least = new KVector();
		for (ElkNode parent = node.getParent(); parent != null && parent != root; parent = parent.getParent()) {
			ElkPadding padding = parent.getProperty(CoreOptions.PADDING);
			least.add(padding.left, padding.top);
		}
		return least;
	}
}
