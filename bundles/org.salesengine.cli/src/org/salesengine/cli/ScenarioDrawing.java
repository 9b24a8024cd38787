package org.salesengine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.view.ScenarioMarks;

/** What a diagram of a scenario marks: its changes by element, for {@code render --scenario} and the workbench. */
public final class ScenarioDrawing {
	private ScenarioDrawing() {
	}

	public static ScenarioMarks marks(ScenarioEngine run) {
		Map<String, List<String>> changes = new LinkedHashMap<>();
		for (ScenarioChange change : run.changes()) {
			changes.computeIfAbsent(change.element(), id -> new ArrayList<>())
					.add(ScenarioMarks.changeLine(change.path(), change.before(), change.after()));
		}
		return new ScenarioMarks(run.name(), changes);
	}
}
