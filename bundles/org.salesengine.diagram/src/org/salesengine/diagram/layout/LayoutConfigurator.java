package org.salesengine.diagram.layout;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;

/**
 * The ELK layout options of a diagram, one hook per kind of graph element, as Sprotty's layout configurator has
 * them. Every diagram uses ELK Layered: the links read as a flow (behavior to KPI to objective, stage to stage),
 * which is what a layered layout shows best. Override a hook to change one kind of element.
 */
public class LayoutConfigurator {
	protected static final double NODE_SPACING = 22;
	protected static final double LAYER_SPACING = 48;
	protected static final double EDGE_SPACING = 10;
	protected static final double EDGE_NODE_SPACING = 14;
	/** From this many boxes on, a diagram is a poster to zoom into rather than a slide: layout favours compactness and speed. */
	public static final int LARGE_DIAGRAM = 120;

	/** The configurator for a kind of diagram; the direction follows how each diagram is read. */
	public static LayoutConfigurator forKind(DiagramKind kind) {
		return switch (kind) {
			// Objectives first, the KPIs that feed them next, their formula inputs after those; wide trees unzipped.
			case KPIS -> new KpiTreeLayout();
			// Role, plan, measures, KPIs, objectives: one column each, whatever is missing in between.
			case PAY -> new LayoutConfigurator(Direction.RIGHT, Set.of("role"), Set.of("objective"), true);
			// Compartments: ELK 0.12 fails on model order in hierarchical graphs, and the pillars place themselves.
			case ENGINE, PIPELINE -> new LayoutConfigurator(Direction.RIGHT, Set.of(), Set.of(), false);
		};
	}

	private final Direction direction;
	private final Set<String> firstLayer;
	private final Set<String> lastLayer;
	private final boolean followModelOrder;
	/** Set by {@link #configureGraph}, which the layout engine calls before any other hook of the same layout. */
	private boolean large;
	/** Width over height that ELK packs disconnected parts towards: tall by default, a slide's shape for a page. */
	private double aspectRatio = 0.5;

	/**
	 * @param firstLayer style classes of nodes that start the flow; {@code lastLayer} those that end it
	 * @param followModelOrder keep nodes in the order of the .sales file where crossings allow (flat graphs only)
	 */
	public LayoutConfigurator(Direction direction, Set<String> firstLayer, Set<String> lastLayer, boolean followModelOrder) {
		this.direction = direction;
		this.firstLayer = Set.copyOf(firstLayer);
		this.lastLayer = Set.copyOf(lastLayer);
		this.followModelOrder = followModelOrder;
	}

	/** Lays out for a page of this width over height (16:9 is 1.78) instead of the default 0.5. */
	public LayoutConfigurator withAspectRatio(double ratio) {
		this.aspectRatio = ratio;
		return this;
	}

	public void configureGraph(ElkNode root, Diagram diagram) {
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, direction);
		// Compartments are laid out together with their contents, so edges between pillars are routed around boxes.
		root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
		// Disconnected parts (two pipelines, unrelated plans) stack instead of spreading into a wide strip.
		root.setProperty(CoreOptions.ASPECT_RATIO, aspectRatio);
		large = diagram.allNodes().size() >= LARGE_DIAGRAM;
		spacing(root);
	}

	public void configureCompartment(ElkNode compartment, DiagramNode node, double headingHeight, double minWidth) {
		double pad = NodeContents.COMPARTMENT_PADDING;
		compartment.setProperty(CoreOptions.PADDING, new ElkPadding(headingHeight, pad, pad, pad));
		compartment.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
		compartment.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(minWidth, headingHeight + pad));
		spacing(compartment);
	}

	public void configureNode(ElkNode elkNode, DiagramNode node) {
		// The size comes from the node's contents, measured before layout; ELK must not change it.
		elkNode.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.noneOf(SizeConstraint.class));
		if (node.styleClasses().stream().anyMatch(firstLayer::contains)) {
			elkNode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
		} else if (node.styleClasses().stream().anyMatch(lastLayer::contains)) {
			elkNode.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
		}
	}

	public void configureEdge(ElkEdge elkEdge, DiagramEdge edge) {
		// Nothing to set by default: routing and spacing are graph-wide.
	}

	public void configureEdgeLabel(ElkLabel elkLabel, DiagramLabel label) {
		// Centre labels become dummy nodes in ELK Layered and so get space of their own: never on a box.
		elkLabel.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
	}

	protected void spacing(ElkNode graph) {
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		// Hundreds of long edges each take a lane between layers; narrower lanes make a large map narrower still.
		double edgeSpacing = large ? EDGE_SPACING / 2 : EDGE_SPACING;
		graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, edgeSpacing);
		graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, edgeSpacing);
		if (large) {
			// Crossing minimisation dominates layout time on a few hundred boxes; one pass keeps it near a second.
			graph.setProperty(LayeredOptions.THOROUGHNESS, 1);
			// The edges of a box leave and arrive at one point and share their way as a tree: one lane per box
			// instead of one per edge, which makes a large map a third as wide.
			graph.setProperty(LayeredOptions.MERGE_EDGES, true);
		}
		graph.setProperty(CoreOptions.SPACING_EDGE_NODE, EDGE_NODE_SPACING);
		graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_NODE_SPACING);
		graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 3.0);
		if (followModelOrder) {
			graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		}
	}
}
