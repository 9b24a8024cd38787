package org.salesengine.diagram.layout;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkNode;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Point;

/**
 * A layout that keeps the boxes the user dragged where they were dropped. It lays the diagram out twice with ELK
 * Layered: first as usual, which gives every box a place; then with ELK's interactive strategies (cycle breaking,
 * layering, crossing minimisation and node placement), seeded with the pinned boxes at their pins and the others
 * where the first layout put them. The interactive layering puts a pinned box in the layer its pin's x falls into,
 * the crossing minimisation orders each layer by the seeds' y, and the interactive node placer keeps each box's y
 * where the boxes above leave room: the pinned box stays where it was dropped, ELK routes the edges to it, and the
 * others move aside instead of overlapping it. Compartments are laid out the same way, inside their seeds.
 */
public class PinnedLayoutEngine extends ElkLayoutEngine {
	/** Top-left corner of each pinned box, by node id, in diagram coordinates. */
	private final Map<String, Point> pins;

	public PinnedLayoutEngine(TextMetrics metrics, LayoutConfigurator configurator, Map<String, Point> pins) {
		super(metrics, configurator);
		this.pins = Map.copyOf(pins);
	}

	@Override
	public Diagram layout(Diagram diagram) {
		ElkRegistration.ensureLayered();
		Transformation first = new Transformation();
		ElkNode freeRoot = transformGraph(diagram, first);
		runLayout(freeRoot);
		Diagram free = applyLayout(diagram, freeRoot, first);
		Map<String, Point> applicable = new HashMap<>();
		for (DiagramNode node : free.allNodes()) {
			if (node.kind() != NodeKind.COMPARTMENT && pins.containsKey(node.id())) {
				applicable.put(node.id(), pins.get(node.id()));
			}
		}
		if (applicable.isEmpty()) {
			return free;
		}
		Point origin = origin(free, first);
		Transformation second = new Transformation();
		ElkNode root = transformGraph(diagram, second);
		interactive(root);
		for (DiagramNode top : free.nodes()) {
			seed(top, origin, applicable, second);
		}
		runLayout(root);
		return applyLayout(diagram, root, second);
	}

	/** Where the graph's (0, 0) is in the diagram: below the header, as {@link #applyLayout} puts it. */
	private static Point origin(Diagram free, Transformation transformation) {
		DiagramNode top = free.nodes().get(0);
		ElkNode elk = transformation.nodes.get(top.id());
		return new Point(top.bounds().x() - elk.getX(), top.bounds().y() - elk.getY());
	}

	/** Gives the ELK node its seed relative to its parent: the pin, or where the free layout put it. */
	private static void seed(DiagramNode node, Point parentOrigin, Map<String, Point> applicable, Transformation transformation) {
		Point pin = applicable.get(node.id());
		Point absolute = pin != null ? pin : new Point(node.bounds().x(), node.bounds().y());
		ElkNode elk = transformation.nodes.get(node.id());
		elk.setLocation(absolute.x() - parentOrigin.x(), absolute.y() - parentOrigin.y());
		if (node.kind() == NodeKind.COMPARTMENT) {
			interactive(elk);
			// ELK Layered places a graph's content inside its padding and reads the seeds relative to that area.
			ElkPadding padding = elk.getProperty(CoreOptions.PADDING);
			Point content = new Point(absolute.x() + padding.left, absolute.y() + padding.top);
			for (DiagramNode child : node.children()) {
				seed(child, content, applicable, transformation);
			}
		}
	}

	private static void interactive(ElkNode graph) {
		graph.setProperty(LayeredOptions.CYCLE_BREAKING_STRATEGY, CycleBreakingStrategy.INTERACTIVE);
		graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.INTERACTIVE);
		graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
	}
}
