package org.salesengine.diagram.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A diagram of one engine, renderer-neutral and immutable: what the SVG writer, the PNG painter and the workbench
 * all paint. {@code nodes} are the top-level nodes (compartments hold theirs); {@code edges} may join nodes at any
 * depth. {@code header} is the title and subtitle lines; {@code decoration} carries findings about the engine as a
 * whole and may be null. Under the graph come the {@code legend} and the numbered {@code notes} that explain the
 * badges; {@code captions} are their headings. After layout every shape has absolute bounds and
 * {@code width} x {@code height} covers them all. {@code classes} describe the diagram as a whole (the view it shows,
 * {@code color-by-severity}); painters put them on the header.
 */
public record Diagram(DiagramKind kind, String engineName, List<DiagramLabel> header, Decoration decoration,
		List<DiagramNode> nodes, List<DiagramEdge> edges, List<LegendEntry> legend, List<Note> notes,
		List<DiagramLabel> captions, double width, double height, List<String> classes) {

	public Diagram {
		classes = List.copyOf(classes);
		header = List.copyOf(header);
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		legend = List.copyOf(legend);
		notes = List.copyOf(notes);
		captions = List.copyOf(captions);
	}

	/** The id of the whole diagram, also its file name stem: {@code AcmeEmea-engine}. */
	public String id() {
		return engineName + "-" + kind.cliName();
	}

	/** Every node at every depth, parents before children, in diagram order. */
	public List<DiagramNode> allNodes() {
		List<DiagramNode> all = new ArrayList<>();
		for (DiagramNode node : nodes) {
			all.addAll(node.selfAndDescendants());
		}
		return all;
	}

	public Optional<DiagramNode> node(String id) {
		return allNodes().stream().filter(node -> node.id().equals(id)).findFirst();
	}

	public Optional<DiagramEdge> edge(String id) {
		return edges.stream().filter(edge -> edge.id().equals(id)).findFirst();
	}

	public Diagram withLayout(List<DiagramLabel> newHeader, Decoration newDecoration, List<DiagramNode> newNodes,
			List<DiagramEdge> newEdges, List<LegendEntry> newLegend, List<Note> newNotes, List<DiagramLabel> newCaptions, double newWidth, double newHeight) {
		return new Diagram(kind, engineName, newHeader, newDecoration, newNodes, newEdges, newLegend, newNotes, newCaptions,
				newWidth, newHeight, classes);
	}
}
