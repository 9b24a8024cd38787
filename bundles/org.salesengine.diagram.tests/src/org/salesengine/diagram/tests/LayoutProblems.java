package org.salesengine.diagram.tests;

import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Point;

/**
 * What a reader would call a broken picture, found by geometry: boxes on boxes, text on boxes, lines through boxes,
 * text sticking out of its box, edges that do not start and end at their boxes. Each check returns one line per
 * problem, so a failing test names the elements.
 */
public final class LayoutProblems {
	/** Lines are drawn with width up to 2.2 and ELK rounds to fractions; a pixel of slack avoids false alarms. */
	private static final double SLACK = 1;

	private LayoutProblems() {
	}

	public static List<String> all(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		problems.addAll(overlappingNodes(diagram));
		problems.addAll(nodesOnLabels(diagram));
		problems.addAll(labelsOutsideTheirNode(diagram));
		problems.addAll(edgeLabelsOnNodes(diagram));
		problems.addAll(edgesThroughNodes(diagram));
		problems.addAll(edgesDetachedFromEnds(diagram));
		problems.addAll(outsideCanvas(diagram));
		return problems;
	}

	static List<DiagramNode> boxes(Diagram diagram) {
		return diagram.allNodes().stream().filter(node -> node.kind() != NodeKind.COMPARTMENT).toList();
	}

	/** No two boxes share area; no two compartments share area; every box lies inside its compartment, under its heading. */
	public static List<String> overlappingNodes(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		List<DiagramNode> boxes = boxes(diagram);
		for (int i = 0; i < boxes.size(); i++) {
			for (int j = i + 1; j < boxes.size(); j++) {
				if (boxes.get(i).bounds().overlaps(boxes.get(j).bounds())) {
					problems.add("boxes overlap: " + boxes.get(i).id() + " and " + boxes.get(j).id());
				}
			}
		}
		List<DiagramNode> compartments = diagram.nodes().stream().filter(n -> n.kind() == NodeKind.COMPARTMENT).toList();
		for (int i = 0; i < compartments.size(); i++) {
			for (int j = i + 1; j < compartments.size(); j++) {
				if (compartments.get(i).bounds().overlaps(compartments.get(j).bounds())) {
					problems.add("compartments overlap: " + compartments.get(i).id() + " and " + compartments.get(j).id());
				}
			}
		}
		for (DiagramNode compartment : compartments) {
			double headingBottom = compartment.labels().stream().mapToDouble(l -> l.bounds().bottom()).max().orElse(compartment.bounds().y());
			for (DiagramNode child : compartment.children()) {
				if (!compartment.bounds().contains(child.bounds())) {
					problems.add(child.id() + " sticks out of its compartment " + compartment.id());
				}
				if (child.bounds().y() < headingBottom) {
					problems.add(child.id() + " covers the heading of " + compartment.id());
				}
			}
		}
		return problems;
	}

	/** No box covers a line of text of another box or compartment heading. */
	public static List<String> nodesOnLabels(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		for (DiagramNode owner : diagram.allNodes()) {
			for (DiagramLabel label : owner.labels()) {
				for (DiagramNode box : boxes(diagram)) {
					if (box != owner && box.bounds().overlaps(label.bounds())) {
						problems.add(box.id() + " covers the text '" + label.text() + "' of " + owner.id());
					}
				}
			}
		}
		return problems;
	}

	/** Every line of text fits inside its own box, and so does the sparkline. */
	public static List<String> labelsOutsideTheirNode(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		for (DiagramNode node : diagram.allNodes()) {
			for (DiagramLabel label : node.labels()) {
				if (!node.bounds().contains(label.bounds())) {
					problems.add("text '" + label.text() + "' sticks out of " + node.id());
				}
			}
			if (node.sparkline() != null && !node.bounds().contains(node.sparkline().frame())) {
				problems.add("the sparkline sticks out of " + node.id());
			}
			if (node.sparkline() != null) {
				for (DiagramLabel tick : node.sparkline().labels()) {
					if (!node.sparkline().frame().contains(tick.bounds())) {
						problems.add("axis value '" + tick.text() + "' sticks out of the chart of " + node.id());
					}
				}
			}
			if (node.decoration() != null && !node.bounds().contains(node.decoration().badge())) {
				problems.add("the badge sticks out of " + node.id());
			}
		}
		return problems;
	}

	public static List<String> edgeLabelsOnNodes(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			for (DiagramLabel label : edge.labels()) {
				for (DiagramNode box : boxes(diagram)) {
					if (box.bounds().overlaps(label.bounds())) {
						problems.add("label '" + label.text() + "' of " + edge.id() + " lies on " + box.id());
					}
				}
			}
		}
		return problems;
	}

	/** No edge runs through a box it does not connect. */
	public static List<String> edgesThroughNodes(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			for (DiagramNode box : boxes(diagram)) {
				if (box.id().equals(edge.sourceId()) || box.id().equals(edge.targetId())) {
					continue;
				}
				Bounds inner = box.bounds().grow(-SLACK);
				for (int i = 0; i + 1 < edge.route().size(); i++) {
					Point a = edge.route().get(i);
					Point b = edge.route().get(i + 1);
					if (new Line2D.Double(a.x(), a.y(), b.x(), b.y()).intersects(inner.x(), inner.y(), inner.width(), inner.height())) {
						problems.add(edge.id() + " runs through " + box.id());
						break;
					}
				}
			}
		}
		return problems;
	}

	/** An edge starts on its source's border and ends on its target's: the layout was copied back to the right place. */
	public static List<String> edgesDetachedFromEnds(Diagram diagram) {
		List<String> problems = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			if (edge.route().size() < 2) {
				problems.add(edge.id() + " has no route");
				continue;
			}
			Bounds source = diagram.node(edge.sourceId()).orElseThrow().bounds();
			Bounds target = diagram.node(edge.targetId()).orElseThrow().bounds();
			if (!onBorder(edge.route().get(0), source)) {
				problems.add(edge.id() + " does not start on " + edge.sourceId() + ": " + edge.route().get(0) + " vs " + source);
			}
			if (!onBorder(edge.route().get(edge.route().size() - 1), target)) {
				problems.add(edge.id() + " does not end on " + edge.targetId());
			}
		}
		return problems;
	}

	public static List<String> outsideCanvas(Diagram diagram) {
		Bounds canvas = new Bounds(0, 0, diagram.width(), diagram.height());
		List<String> problems = new ArrayList<>();
		for (DiagramNode node : diagram.allNodes()) {
			if (!canvas.contains(node.bounds())) {
				problems.add(node.id() + " lies outside the canvas");
			}
		}
		for (DiagramLabel label : diagram.captions()) {
			if (!canvas.contains(label.bounds())) {
				problems.add("caption " + label.text() + " lies outside the canvas");
			}
		}
		diagram.notes().forEach(note -> note.lines().forEach(line -> {
			if (!canvas.contains(line.bounds())) {
				problems.add("note line '" + line.text() + "' lies outside the canvas");
			}
		}));
		return problems;
	}

	private static boolean onBorder(Point point, Bounds box) {
		boolean inside = box.grow(SLACK).containsInside(point);
		boolean deepInside = box.grow(-SLACK).containsInside(point);
		return inside && !deepInside;
	}
}
