package org.salesengine.diagram.layout;

import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayerUnzippingStrategy;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramNode;

/**
 * The KPI tree as a driver tree, read from left to right: objectives in the first column (in priority order, top to
 * bottom), the KPIs that support them in the next, the KPIs their formulas use after those. A tree of many KPIs
 * would be one very tall column, so the KPI columns are unzipped by ELK Layered into several staggered sub-columns:
 * about the square root of (KPIs ÷ 8) of them, which keeps a 30-KPI tree about as wide as it is tall. Objectives are
 * never split, and every column keeps the builder's order (KPIs grouped by the objective they support). A KPI that
 * supports nothing and feeds no formula is a sink too and stands alone in the objectives' column.
 */
final class KpiTreeLayout extends LayoutConfigurator {
	/** Sub-columns per KPI column grow with the square root of this many KPIs each. */
	static final int KPIS_PER_SPLIT_SQUARED = 8;
	private int split = 1;

	KpiTreeLayout() {
		super(Direction.LEFT, Set.of(), Set.of(), true);
	}

	/** How many sub-columns each KPI column is unzipped into, for a tree of this many KPIs. */
	static int subColumns(long kpis) {
		return (int) Math.max(1, Math.round(Math.sqrt(kpis / (double) KPIS_PER_SPLIT_SQUARED)));
	}

	@Override
	public void configureGraph(ElkNode root, Diagram diagram) {
		super.configureGraph(root, diagram);
		// Within a column, boxes keep the order they were built in: objectives by priority, KPIs grouped under them.
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		// Objectives are the sinks of the tree; longest-path layering puts every sink in one column and each KPI right
		// next to what it feeds. A "last layer" constraint would instead add a column and stretch the KPIs of a
		// second objective to the far side.
		root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
		split = subColumns(diagram.allNodes().stream().filter(n -> n.styleClasses().contains("kpi")).count());
		if (split > 1) {
			root.setProperty(LayeredOptions.LAYER_UNZIPPING_STRATEGY, LayerUnzippingStrategy.ALTERNATING);
		}
	}

	@Override
	public void configureNode(ElkNode elkNode, DiagramNode node) {
		super.configureNode(elkNode, node);
		// ELK takes the lowest split any node of a layer asks for: one objective keeps the objectives' column whole.
		elkNode.setProperty(LayeredOptions.LAYER_UNZIPPING_LAYER_SPLIT, node.styleClasses().contains("objective") ? 1 : split);
	}
}
