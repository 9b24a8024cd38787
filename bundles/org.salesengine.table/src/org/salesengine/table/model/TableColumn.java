package org.salesengine.table.model;

import java.util.List;

import org.salesengine.diagram.model.EnginePillar;

/**
 * A column. In a cross table an element column stands for one model element ({@code elements} holds its id and
 * {@code mark} its findings); a property column (a setting, or a summary of links) stands for none and has an empty
 * {@code elements}. {@code pillar} colors the heading, with the diagrams' palette.
 */
public record TableColumn(String id, String label, List<String> elements, EnginePillar pillar, FindingMark mark) {

	public TableColumn {
		elements = List.copyOf(elements);
	}

	public static TableColumn property(String label, EnginePillar pillar) {
		return new TableColumn(label, label, List.of(), pillar, null);
	}

	public boolean standsForElement() {
		return !elements.isEmpty();
	}
}
