package org.salesengine.diagram.model;

import java.util.List;

/**
 * A numbered entry of the findings list under the diagram: the decoration it explains (same number, same badge
 * look) and its text, wrapped into lines. What the badges on the boxes mean, readable without hovering.
 */
public record Note(String elementId, Decoration decoration, List<DiagramLabel> lines) {

	public Note {
		lines = List.copyOf(lines);
	}
}
