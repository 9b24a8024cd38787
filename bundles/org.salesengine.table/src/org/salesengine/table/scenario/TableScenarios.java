package org.salesengine.table.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.model.TableScenario;

/**
 * Marks the cells a scenario changed in a table of its copy. A cell shows a change when it names the changed element
 * and holds the changed property: every cell knows both ({@link TableCell#elements()}, {@link TableCell#property()}).
 * A few cells show a property under another name: a plan's mix cell ("50/50") holds mixBase and mixIncentive, a ramp
 * schedule's cell ("25%, 50%, 100% by month") its basis.
 */
public final class TableScenarios {
	/** Cell property → the scenario properties it also shows. */
	private static final Map<String, Set<String>> SHOWN_AS = Map.of("mix", Set.of("mixBase", "mixIncentive"), "rampSchedule",
			Set.of("rampBasis"));

	private TableScenarios() {
	}

	public static Table mark(Table table, ScenarioMarks marks) {
		Map<String, TableScenario.ChangedCell> cells = new LinkedHashMap<>();
		List<ScenarioMarks.Change> shown = new ArrayList<>();
		for (TableRow row : table.rows()) {
			for (int c = 0; c < table.columns().size(); c++) {
				TableCell cell = row.cells().get(c);
				List<String> changes = new ArrayList<>();
				for (ScenarioMarks.Change change : marks.changes()) {
					if (shows(cell, change)) {
						changes.add(change.path() + " " + change.before() + " → " + change.after());
						shown.add(change);
					}
				}
				if (!changes.isEmpty()) {
					String columnId = table.columns().get(c).id();
					cells.put(row.id() + "\n" + columnId, new TableScenario.ChangedCell(cells.size() + 1, row.id(), columnId,
							row.label() + " · " + table.columns().get(c).label(), changes));
				}
			}
		}
		List<String> elsewhere = marks.changes().stream().filter(change -> !shown.contains(change))
				.map(change -> change.path() + " " + change.before() + " → " + change.after()).toList();
		return table.withScenario(new TableScenario(marks.scenario(), List.copyOf(cells.values()), elsewhere));
	}

	private static boolean shows(TableCell cell, ScenarioMarks.Change change) {
		if (!cell.elements().contains(change.element())) {
			return false;
		}
		return cell.property().equals(change.property()) || SHOWN_AS.getOrDefault(cell.property(), Set.of()).contains(change.property());
	}
}
