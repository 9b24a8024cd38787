package org.salesengine.diagram.layout;

import org.eclipse.elk.alg.layered.options.InternalProperties;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.graph.ElkNode;
import org.salesengine.diagram.model.DiagramNode;

/**
 * Objectives stand in priority order inside a compartment (the engine map's strategy pillar). The builders add them
 * by priority; ELK keeps that order when crossing minimisation is told to follow the model order. In a graph laid
 * out with its compartments (hierarchy handling INCLUDE_CHILDREN), ELK 0.12 sets the bound of the model order only on
 * the root graph, and a nested graph that asks for model order fails with a NullPointerException in
 * {@code ModelOrderNodeComparator}: the compartment is given that bound, its own number of children, itself.
 */
final class PriorityOrder {
	private PriorityOrder() {
	}

	static void keepObjectivesInOrder(ElkNode compartment, DiagramNode node) {
		if (node.children().stream().noneMatch(child -> child.hasClass("objective"))) {
			return;
		}
		compartment.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		compartment.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		compartment.setProperty(InternalProperties.MAX_MODEL_ORDER_NODES, node.children().size());
	}
}
