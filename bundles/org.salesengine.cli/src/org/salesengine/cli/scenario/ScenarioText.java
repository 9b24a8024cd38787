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
		return "Scenario " + named(run) + ": " + changes(run) + unchecked(run);
	}

	/** MoreSdrs "Four more SDRs" */
	public static String named(ScenarioEngine run) {
		return run.displayName() == null ? run.name() : run.name() + " \"" + run.displayName() + "\"";
	}

	/** What a scenario's figures rest on when it could not be checked; empty when it was. */
	public static String unchecked(ScenarioEngine run) {
		return run.checked() ? "" : " (not checked: a file of the engine has a syntax error; the findings are the base's)";
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
