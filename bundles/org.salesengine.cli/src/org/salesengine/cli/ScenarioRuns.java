package org.salesengine.cli;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.Scenario;
import org.salesengine.model.engine.WholeEngine;

/** The scenarios of the engines a command read, applied on copies: what check, analyze and compare share. */
final class ScenarioRuns {
	private ScenarioRuns() {
	}

	/** A name given to --scenario or --scenarios that no engine has. */
	static final class UnknownScenario extends Exception {
		private static final long serialVersionUID = 1L;

		UnknownScenario(String message) {
			super(message);
		}
	}

	/** The engine as written and each of its scenarios applied, in the order the engine writes them. */
	static List<ScenarioEngine> all(LoadedEngines loaded, WholeEngine engine) {
		List<ScenarioEngine> result = new ArrayList<>();
		result.add(ScenarioCopies.base(engine, EngineFindings.of(loaded, engine)));
		for (Scenario scenario : Scenarios.of(engine)) {
			result.add(apply(loaded, engine, scenario));
		}
		return result;
	}

	/** The named scenario of the engine (base: the engine itself), or null when the engine has none of that name. */
	static ScenarioEngine named(LoadedEngines loaded, WholeEngine engine, String name) {
		if (ScenarioEngine.BASE.equals(name)) {
			return ScenarioCopies.base(engine, EngineFindings.of(loaded, engine));
		}
		Scenario scenario = ScenarioCopies.find(engine, name);
		return scenario == null ? null : apply(loaded, engine, scenario);
	}

	/** A scenario made by the command (a lever), applied like one the engine writes. */
	static ScenarioEngine variant(LoadedEngines loaded, WholeEngine engine, Scenario scenario) {
		return apply(loaded, engine, scenario);
	}

	static ScenarioEngine apply(LoadedEngines loaded, WholeEngine engine, Scenario scenario) {
		return Language.injector().getInstance(ScenarioCopies.class).apply(engine, EngineFindings.of(loaded, engine),
				scenario, ScenarioCopies.fileNames(loaded));
	}

	/** "no scenario 'X' (did you mean 'Y'?); the engine's scenarios: base, MoreSdrs". */
	static String unknown(String name, List<WholeEngine> engines) {
		List<String> names = new ArrayList<>();
		engines.forEach(e -> Scenarios.names(e).stream().filter(n -> !names.contains(n)).forEach(names::add));
		return "no scenario '" + name + "'" + org.salesengine.dsl.diagnostics.Similarity.didYouMean(name, names)
				+ "; the scenarios are " + String.join(", ", names);
	}
}
