package org.salesengine.table.model;

import java.util.List;

import org.salesengine.diagram.model.EnginePillar;

/**
 * A row: one model element ({@code id} is its id, {@code ElementIds.of}), named by {@code label} (its name) and
 * {@code detail} (its display name, property "displayName", empty when it has none), with one cell per column and the
 * findings about the element in {@code mark} (null when there are none).
 */
public record TableRow(String id, String label, String detail, EnginePillar pillar, FindingMark mark, List<TableCell> cells) {

	public TableRow {
		cells = List.copyOf(cells);
	}

	public List<String> elements() {
		return List.of(id);
	}
}
