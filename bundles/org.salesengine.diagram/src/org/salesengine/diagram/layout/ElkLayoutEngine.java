package org.salesengine.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Point;

/**
 * Lays out a diagram with ELK, in the four steps of Sprotty's ElkLayoutEngine: transform the diagram into an ELK
 * graph, configure it (through a {@link LayoutConfigurator}), run the layout, copy the result back into a new,
 * laid-out diagram. Each step is a protected hook. ELK sees boxes of fixed size and edge labels of measured size;
 * what is inside a box is placed by {@link NodeContents}, what is under the graph by the footer layout.
 */
public class ElkLayoutEngine {
	public static final double MARGIN = 24;
	static final double HEADER_GAP = 4;
	static final double GRAPH_GAP = 20;
	static final double FOOTER_MIN_WIDTH = 640;

	protected final TextMetrics metrics;
	protected final NodeContents contents;
	protected final LayoutConfigurator configurator;

	public ElkLayoutEngine(TextMetrics metrics, LayoutConfigurator configurator) {
		this.metrics = metrics;
		this.contents = new NodeContents(metrics);
		this.configurator = configurator;
	}

	/** Returns the same diagram with every shape placed; the input is not changed. */
	public Diagram layout(Diagram diagram) {
		ElkRegistration.ensureLayered();
		Transformation transformation = new Transformation();
		ElkNode root = transformGraph(diagram, transformation);
		runLayout(root);
		return applyLayout(diagram, root, transformation);
	}

	/** What became of which diagram element, for copying the layout back. */
	protected static final class Transformation {
		public final Map<String, ElkNode> nodes = new HashMap<>();
		public final Map<String, ElkEdge> edges = new HashMap<>();
	}

	// ---- transform and configure ----

	protected ElkNode transformGraph(Diagram diagram, Transformation transformation) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setIdentifier(diagram.id());
		configurator.configureGraph(root, diagram);
		for (DiagramNode node : diagram.nodes()) {
			transformNode(root, node, transformation);
		}
		for (DiagramEdge edge : diagram.edges()) {
			transformEdge(edge, transformation);
		}
		return root;
	}

	protected ElkNode transformNode(ElkNode parent, DiagramNode node, Transformation transformation) {
		ElkNode elkNode = ElkGraphUtil.createNode(parent);
		elkNode.setIdentifier(node.id());
		if (transformation.nodes.put(node.id(), elkNode) != null) {
			throw new IllegalArgumentException("two nodes have the id " + node.id());
		}
		if (node.kind() == NodeKind.COMPARTMENT) {
			configurator.configureCompartment(elkNode, node, contents.compartmentHeadingHeight(node), contents.compartmentMinWidth(node));
			for (DiagramNode child : node.children()) {
				transformNode(elkNode, child, transformation);
			}
		} else {
			double[] size = contents.size(node);
			elkNode.setDimensions(size[0], size[1]);
			configurator.configureNode(elkNode, node);
		}
		return elkNode;
	}

	protected ElkEdge transformEdge(DiagramEdge edge, Transformation transformation) {
		ElkNode source = transformation.nodes.get(edge.sourceId());
		ElkNode target = transformation.nodes.get(edge.targetId());
		if (source == null || target == null) {
			throw new IllegalArgumentException("edge " + edge.id() + " joins a node that is not in the diagram");
		}
		ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(source, target);
		// An edge between compartments belongs to their common ancestor, where ELK routes it.
		ElkGraphUtil.updateContainment(elkEdge);
		elkEdge.setIdentifier(edge.id());
		configurator.configureEdge(elkEdge, edge);
		for (DiagramLabel label : edge.labels()) {
			transformLabel(elkEdge, label);
		}
		transformation.edges.put(edge.id(), elkEdge);
		return elkEdge;
	}

	protected ElkLabel transformLabel(ElkEdge owner, DiagramLabel label) {
		ElkLabel elkLabel = ElkGraphUtil.createLabel(label.text(), owner);
		elkLabel.setDimensions(metrics.width(label.text(), label.style()) + 2 * NodeContents.EDGE_LABEL_INSET_X,
				metrics.lineHeight(label.style()) + 2 * NodeContents.EDGE_LABEL_INSET_Y);
		configurator.configureEdgeLabel(elkLabel, label);
		return elkLabel;
	}

	// ---- layout ----

	protected void runLayout(ElkNode root) {
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
	}

	// ---- copy back ----

	protected Diagram applyLayout(Diagram diagram, ElkNode root, Transformation transformation) {
		List<DiagramLabel> header = new ArrayList<>();
		double y = MARGIN;
		double right = MARGIN;
		for (DiagramLabel line : diagram.header()) {
			double height = metrics.lineHeight(line.style());
			Bounds where = new Bounds(MARGIN, y, metrics.width(line.text(), line.style()), height);
			header.add(line.at(where, y + metrics.ascent(line.style())));
			right = Math.max(right, where.right());
			y += height + HEADER_GAP;
		}
		Decoration engineDecoration = null;
		if (diagram.decoration() != null && !header.isEmpty()) {
			Bounds title = header.get(0).bounds();
			double size = NodeContents.BADGE_SIZE;
			engineDecoration = diagram.decoration().at(new Bounds(title.right() + 8, title.centerY() - size / 2, size, size));
			right = Math.max(right, title.right() + 8 + size);
		}
		Point origin = new Point(MARGIN, y + GRAPH_GAP);
		List<DiagramNode> nodes = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			nodes.add(applyNode(node, origin, transformation));
		}
		List<DiagramEdge> edges = new ArrayList<>();
		for (DiagramEdge edge : diagram.edges()) {
			edges.add(applyEdge(edge, transformation.edges.get(edge.id()), root, origin));
		}
		double graphRight = origin.x() + root.getWidth();
		double graphBottom = origin.y() + root.getHeight();
		FooterLayout footer = new FooterLayout(metrics);
		footer.place(diagram.legend(), diagram.notes(), MARGIN, graphBottom,
				Math.max(FOOTER_MIN_WIDTH, graphRight - MARGIN));
		double width = Math.ceil(Math.max(Math.max(right, graphRight), footer.right) + MARGIN);
		double height = Math.ceil(Math.max(graphBottom, footer.bottom) + MARGIN);
		return diagram.withLayout(header, engineDecoration, nodes, edges, footer.legend, footer.notes, footer.captions, width, height);
	}

	protected DiagramNode applyNode(DiagramNode node, Point parentOrigin, Transformation transformation) {
		ElkNode elkNode = transformation.nodes.get(node.id());
		Bounds box = new Bounds(parentOrigin.x() + elkNode.getX(), parentOrigin.y() + elkNode.getY(), elkNode.getWidth(), elkNode.getHeight());
		List<DiagramNode> children = new ArrayList<>();
		for (DiagramNode child : node.children()) {
			children.add(applyNode(child, new Point(box.x(), box.y()), transformation));
		}
		return contents.place(node, box, children);
	}

	protected DiagramEdge applyEdge(DiagramEdge edge, ElkEdge elkEdge, ElkNode root, Point origin) {
		Point offset = originOf(elkEdge.getContainingNode(), root, origin);
		List<Point> route = new ArrayList<>();
		for (ElkEdgeSection section : elkEdge.getSections()) {
			addPoint(route, offset, section.getStartX(), section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				addPoint(route, offset, bend.getX(), bend.getY());
			}
			addPoint(route, offset, section.getEndX(), section.getEndY());
		}
		List<DiagramLabel> labels = new ArrayList<>();
		for (int i = 0; i < edge.labels().size(); i++) {
			DiagramLabel label = edge.labels().get(i);
			ElkLabel elkLabel = elkEdge.getLabels().get(i);
			double x = offset.x() + elkLabel.getX() + NodeContents.EDGE_LABEL_INSET_X;
			double y = offset.y() + elkLabel.getY() + NodeContents.EDGE_LABEL_INSET_Y;
			Bounds where = new Bounds(x, y, metrics.width(label.text(), label.style()), metrics.lineHeight(label.style()));
			labels.add(label.at(where, y + metrics.ascent(label.style())));
		}
		Decoration decoration = edge.decoration() == null ? null : edge.decoration().at(edgeBadge(labels, route));
		return edge.withLayout(labels, route, decoration);
	}

	/** Beside the edge's first label, or at the middle of its middle segment when it has none. */
	private static Bounds edgeBadge(List<DiagramLabel> labels, List<Point> route) {
		double size = NodeContents.BADGE_SIZE;
		if (!labels.isEmpty()) {
			Bounds label = labels.get(0).bounds();
			return new Bounds(label.right() + NodeContents.EDGE_LABEL_INSET_X + 2, label.centerY() - size / 2, size, size);
		}
		int middle = Math.max(0, route.size() / 2 - 1);
		Point a = route.get(middle);
		Point b = route.get(Math.min(route.size() - 1, middle + 1));
		return new Bounds((a.x() + b.x()) / 2 - size / 2, (a.y() + b.y()) / 2 - size / 2, size, size);
	}

	/** The absolute position of a graph node's origin: ELK gives every position relative to its parent. */
	private static Point originOf(ElkNode node, ElkNode root, Point origin) {
		double x = origin.x();
		double y = origin.y();
		for (ElkNode current = node; current != null && current != root; current = current.getParent()) {
			x += current.getX();
			y += current.getY();
		}
		return new Point(x, y);
	}

	private static void addPoint(List<Point> route, Point offset, double x, double y) {
		Point point = new Point(offset.x() + x, offset.y() + y);
		if (route.isEmpty() || !route.get(route.size() - 1).equals(point)) {
			route.add(point);
		}
	}
}
