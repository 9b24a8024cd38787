package org.salesengine.diagram.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A box in a diagram. {@code id} is unique in its diagram and, for an element, is its qualified name
 * ({@code AcmeEmea.NewLogos}); {@code elementId} links back to the engine element it shows and is empty for
 * compartments and placeholders that stand for nothing in the model. Style classes say what it is (pillar, element
 * kind, leading or lagging) and a theme turns them into colors. {@code decoration} and {@code sparkline} may be null.
 */
public record DiagramNode(String id, String elementId, NodeKind kind, List<String> styleClasses, List<DiagramLabel> labels,
		List<DiagramNode> children, Bounds bounds, Decoration decoration, Sparkline sparkline) {

	public DiagramNode {
		styleClasses = List.copyOf(styleClasses);
		labels = List.copyOf(labels);
		children = List.copyOf(children);
	}

	public boolean hasClass(String styleClass) {
		return styleClasses.contains(styleClass);
	}

	/** This node and everything nested in it, parents before children, in diagram order. */
	public List<DiagramNode> selfAndDescendants() {
		List<DiagramNode> all = new ArrayList<>();
		collect(this, all);
		return all;
	}

	private static void collect(DiagramNode node, List<DiagramNode> into) {
		into.add(node);
		for (DiagramNode child : node.children) {
			collect(child, into);
		}
	}

	public DiagramNode withLayout(Bounds newBounds, List<DiagramLabel> newLabels, List<DiagramNode> newChildren,
			Decoration newDecoration, Sparkline newSparkline) {
		return new DiagramNode(id, elementId, kind, styleClasses, newLabels, newChildren, newBounds, newDecoration, newSparkline);
	}
}
