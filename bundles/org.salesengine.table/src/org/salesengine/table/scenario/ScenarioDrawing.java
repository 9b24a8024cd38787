package org.salesengine.table.scenario;

import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.view.ScenarioMarks;

/**
 * What a diagram or a table of a scenario marks: its changes, for {@code render} and {@code table --scenario}, the
 * workbench and the language server. It lives here because it needs both the analysis (which applies scenarios) and
 * the diagrams (which mark them), and the diagram bundle may not require the analysis; this is the lowest bundle that
 * all four callers already require.
 */
public final class ScenarioDrawing {
	private ScenarioDrawing() {
	}

	public static ScenarioMarks marks(ScenarioEngine run) {
		return new ScenarioMarks(run.name(), run.changes().stream()
				.map((ScenarioChange change) -> new ScenarioMarks.Change(change.element(), change.path(), change.before(), change.after()))
				.toList());
	}
}
