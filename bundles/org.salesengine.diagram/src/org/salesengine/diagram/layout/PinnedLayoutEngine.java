package org.salesengine.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.CycleBreakingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.graph.ElkNode;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Point;

/**
 * A layout that puts the boxes the user dragged exactly where they were dropped. It lays the diagram out as usual
 * first, which gives every box a place; then again with ELK's interactive strategies (cycle breaking, layering and
 * node placement), seeded with the pinned boxes at their pins and the others where the first layout put them. ELK
 * decides the columns, the order and the room the other boxes make:
 * <ul>
 * <li>the interactive layering puts a pinned box in the layer (for a left-to-right diagram: the column) that its
 * seed's x falls into;</li>
 * <li>the interactive node placer keeps every box's y where the boxes above it in its layer leave room, and pushes the
 * others down instead of overlapping it; in a diagram with compartments it also keeps each pillar at the height the
 * first layout gave it;</li>
 * <li>in a flat diagram the interactive crossing minimiser also orders each layer by the seeds' y; a diagram with
 * compartments keeps ELK's usual layer sweep, as ELK wants one crossing minimiser for a whole hierarchy.</li>
 * </ul>
 * ELK moves a pinned box with whatever moves around it (a column shifted right by the lanes of a pillar, a layer's
 * content moved up to its top), so the seed is corrected by that much and the layout run again, at most
 * {@link #MAX_RUNS} times, keeping the run whose pinned boxes are closest to their pins. ELK centres a box in its
 * column; a box dropped beside that centre is laid out wider by twice the distance in the next run, so that ELK keeps
 * the room it is moved into free of other boxes and of edge lanes. Then {@link PinPlacement} moves each pinned box the
 * rest of the way, by an offset, at its own width, with the ends of its edges: a box in a column has the column's
 * place in ELK's result, and the user's drop point in ours.
 */
public class PinnedLayoutEngine extends ElkLayoutEngine {
	/** Top-left corner of each pinned box, by node id, in diagram coordinates. */
	private final Map<String, Point> pins;
	/** Interactive runs at most: the first and two corrections of the pinned seeds. */
	public static final int MAX_RUNS = 3;

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
		// ELK moves a pinned box with whatever moves around it: its pillar placed elsewhere, its column's content moved
		// up to the column's top. The next run's seed makes up for that: in x by as much as the pillar moved (the
		// column's own x is ELK's to choose), in y by the whole miss.
		Map<String, Point> seeds = new HashMap<>(applicable);
		Map<String, Double> widths = new HashMap<>();
		applicable.keySet().forEach(id -> widths.put(id, free.node(id).orElseThrow().bounds().width()));
		// How far right of the centre of the box ELK lays out each pinned box's centre is; ELK lays it out wider by
		// twice as much, so that the room it is moved into is kept free of other boxes and of edge lanes.
		Map<String, Double> offsets = new HashMap<>();
		Map<String, double[]> lastTry = new HashMap<>();
		Run best = null;
		double bestMiss = Double.MAX_VALUE;
		for (int run = 0; run < MAX_RUNS; run++) {
			Run laid = interactiveRun(diagram, free, origin, seeds, offsets, widths);
			double miss = 0;
			boolean settled = true;
			for (Map.Entry<String, Point> pin : applicable.entrySet()) {
				String id = pin.getKey();
				Bounds elk = laid.diagram.node(id).orElseThrow().bounds();
				double offset = offsets.getOrDefault(id, 0.0);
				double width = widths.get(id);
				double centre = elk.centerX() + offset;
				double wanted = pin.getValue().x() + width / 2;
				miss += Math.abs(wanted - centre) + Math.abs(pin.getValue().y() - elk.y());
				// The box's centre moves with the offset at a rate of 1 (within its column) or 2 (when the wider box
				// widens the column, whose left edge stays): measured from the last two runs, 1 before.
				double[] before = lastTry.get(id);
				double rate = before == null || Math.abs(offset - before[0]) < 0.5 ? 1
						: Math.max(1, Math.min(2, (centre - before[1]) / (offset - before[0])));
				lastTry.put(id, new double[] { offset, centre });
				// A miss of more than half the box is the wrong column, which the seed corrects; a smaller one is the
				// box's place in its column, which the offset makes room for.
				double nextOffset = Math.abs(wanted - centre) > width / 2 ? 0 : offset + (wanted - centre) / rate;
				Point seed = seeds.get(id);
				Point next = new Point(pin.getValue().x() - columnShift(free, laid.diagram, id, pin.getValue(), applicable),
						seed.y() + pin.getValue().y() - elk.y());
				settled &= Math.abs(next.x() - seed.x()) + Math.abs(next.y() - seed.y()) + Math.abs(nextOffset - offset) < 0.5;
				seeds.put(id, next);
				offsets.put(id, nextOffset);
			}
			if (miss < bestMiss) {
				best = laid;
				bestMiss = miss;
			}
			if (settled) {
				break;
			}
		}
		// The rest of the way: every pinned box exactly at its pin and its own width, its edges' ends with it.
		PinPlacement.apply(best.root, best.transformation.nodes, applicable, widths, origin);
		return applyLayout(diagram, best.root, best.transformation);
	}

	/** One interactive layout: the ELK graph as laid out, and the diagram it gives before the pinned boxes are placed. */
	private record Run(ElkNode root, Transformation transformation, Diagram diagram) {
	}

	/** One layout with ELK's interactive strategies, the pinned boxes seeded at {@code seeds}, the others where they were. */
	private Run interactiveRun(Diagram diagram, Diagram free, Point origin, Map<String, Point> seeds, Map<String, Double> offsets,
			Map<String, Double> widths) {
		Transformation transformation = new Transformation();
		ElkNode root = transformGraph(diagram, transformation);
		boolean flat = diagram.nodes().stream().noneMatch(node -> node.kind() == NodeKind.COMPARTMENT);
		if (flat) {
			interactive(root);
			// Only where there is no hierarchy: ELK wants one crossing minimiser for a whole hierarchy, and the
			// interactive one would also order the pillars by their seeds.
			root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.INTERACTIVE);
		} else {
			// The pillars keep the height the free layout gave them: ELK's usual placement moved a whole pillar up or
			// down by as much as a box (90 px on acme), onto a box pinned where the user saw room.
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
		}
		for (DiagramNode top : free.nodes()) {
			seed(top, origin, seeds, transformation);
		}
		offsets.forEach((id, offset) -> {
			// Wider by the offset on both sides, its centre the offset left of the box's: the box lies in it at its pin.
			ElkNode elk = transformation.nodes.get(id);
			elk.setWidth(widths.get(id) + 2 * Math.abs(offset));
			elk.setX(elk.getX() - offset - Math.abs(offset));
		});
		runLayout(root);
		return new Run(root, transformation, applyLayout(diagram, root, transformation));
	}

	/**
	 * How far right ELK moved the column under the pin from the free layout: the shift of the unpinned box beside the
	 * node (same compartment) whose left edge is nearest the pin's x. Seeding the pinned box that much to the left puts
	 * it, in the next run, into the column that lands under its pin; a pillar can move and grow lanes inside it, so its
	 * own shift is not its columns'. 0 when the node has no unpinned sibling.
	 */
	private static double columnShift(Diagram free, Diagram laid, String nodeId, Point pin, Map<String, Point> pinned) {
		List<DiagramNode> siblings = free.nodes();
		for (DiagramNode compartment : free.allNodes()) {
			if (compartment.children().stream().anyMatch(child -> child.id().equals(nodeId))) {
				siblings = compartment.children();
			}
		}
		double shift = 0;
		double nearest = Double.MAX_VALUE;
		for (DiagramNode sibling : siblings) {
			if (sibling.kind() == NodeKind.COMPARTMENT || pinned.containsKey(sibling.id())) {
				continue;
			}
			Bounds there = laid.node(sibling.id()).orElseThrow().bounds();
			double distance = Math.abs(there.x() - pin.x());
			if (distance < nearest) {
				nearest = distance;
				shift = there.x() - sibling.bounds().x();
			}
		}
		return shift;
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
		graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.INTERACTIVE);
	}
}
