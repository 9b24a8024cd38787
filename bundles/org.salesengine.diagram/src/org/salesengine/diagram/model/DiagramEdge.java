package org.salesengine.diagram.model;

import java.util.List;

/**
 * A link between two nodes, by their ids. A missing edge is a link the design should have and lacks; one of its
 * ends is then a {@link NodeKind#MISSING} placeholder. After layout {@code route} runs from the source's border to
 * the target's border (absolute coordinates, at least two points). {@code decoration} may be null.
 */
public record DiagramEdge(String id, LinkKind kind, boolean missing, String sourceId, String targetId,
		List<DiagramLabel> labels, List<Point> route, Decoration decoration) {

	public static final String MISSING_CLASS = "missing";

	public DiagramEdge {
		labels = List.copyOf(labels);
		route = List.copyOf(route);
	}

	public List<String> styleClasses() {
		return missing ? List.of("edge", kind.styleClass(), MISSING_CLASS) : List.of("edge", kind.styleClass());
	}

	public DiagramEdge withLayout(List<DiagramLabel> newLabels, List<Point> newRoute, Decoration newDecoration) {
		return new DiagramEdge(id, kind, missing, sourceId, targetId, newLabels, newRoute, newDecoration);
	}
}
