package org.salesengine.cli.scenario;

import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioEngine;

/** How the command line names a scenario and what it changes. */
public final class ScenarioText {
	private ScenarioText() {
	}

	/** Scenario MoreSdrs "Four more SDRs": SDR.headcount 10 → 14, NewBusiness.Lead.conversion 40% → 45% */
	public static String heading(ScenarioEngine run) {
		if (run == null || run.isBase()) {
			return "Scenario base: the engine as written";
		}
		StringBuilder text = new StringBuilder("Scenario ").append(run.name());
		if (run.displayName() != null) {
			text.append(" \"").append(run.displayName()).append('"');
		}
		text.append(": ").append(changes(run));
		if (!run.checked()) {
			text.append(" (not checked: a file of the engine has a syntax error; the findings are the base's)");
		}
		return text.toString();
	}

	public static String changes(ScenarioEngine run) {
		if (run.changes().isEmpty()) {
			return "no change";
		}
		return String.join(", ", run.changes().stream().map(ScenarioText::change).toList());
	}

	public static String change(ScenarioChange change) {
		return change.after().startsWith("+ ") ? change.path() + " " + change.after()
				: change.path() + " " + change.before() + " → " + change.after();
	}
}
