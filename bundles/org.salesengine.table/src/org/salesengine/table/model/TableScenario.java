package org.salesengine.table.model;

import java.util.List;
import java.util.Optional;

/**
 * A table of a scenario: the table is built from the scenario's copy (so cells show its values), and this says which
 * cells the scenario changed and from what. Renderers mark those cells (a "Δ1" in text, the diagrams' violet outline
 * in SVG and PNG) and list the changes under the grid; CSV shows the values only.
 *
 * @param name      the scenario's name
 * @param cells     the changed cells, numbered in reading order (row by row, left to right)
 * @param elsewhere changes this table has no cell for ("AE.hires 2 on 2027-04-01 → + 3 on 2027-07-01"), so a reader
 *                  knows the scenario changes more than the table shows
 */
public record TableScenario(String name, List<ChangedCell> cells, List<String> elsewhere) {

	/**
	 * One changed cell.
	 *
	 * @param number  its number in the list under the grid
	 * @param where   "BDR · headcount": the row's and the column's labels
	 * @param changes what changed, as the scenario writes the path: "BDR.headcount 12 → 14" (a mix cell has two)
	 */
	public record ChangedCell(int number, String rowId, String columnId, String where, List<String> changes) {
		public ChangedCell {
			changes = List.copyOf(changes);
		}

		/** "Δ1". */
		public String marker() {
			return "Δ" + number;
		}
	}

	public TableScenario {
		cells = List.copyOf(cells);
		elsewhere = List.copyOf(elsewhere);
	}

	public Optional<ChangedCell> cell(String rowId, String columnId) {
		return cells.stream().filter(cell -> cell.rowId().equals(rowId) && cell.columnId().equals(columnId)).findFirst();
	}

	/** "Scenario MoreBdrs: 1 cell changed (Δ: from the engine as written to the scenario)". */
	public String legend() {
		return "Scenario " + name + ": " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s")
				+ " changed (Δ: from the engine as written to the scenario)";
	}

	/** The changes this table shows no cell of, as one line; empty when it shows them all. */
	public Optional<String> elsewhereLine() {
		return elsewhere.isEmpty() ? Optional.empty() : Optional.of("Not in this table: " + String.join("; ", elsewhere));
	}
}
