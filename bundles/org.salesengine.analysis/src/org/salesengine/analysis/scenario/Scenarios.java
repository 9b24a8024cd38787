package org.salesengine.analysis.scenario;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.model.Engine;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenariosSection;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

/** The scenarios of an engine, across its files, in file order. */
public final class Scenarios {
	private Scenarios() {
	}

	public static List<Scenario> of(WholeEngine engine) {
		List<Scenario> result = new ArrayList<>();
		for (Engine fragment : engine.fragments()) {
			for (ScenariosSection section : EngineSections.of(fragment, ScenariosSection.class)) {
				section.getScenarios().stream().filter(s -> s.getName() != null).forEach(result::add);
			}
		}
		return result;
	}

	/** "base, MoreSdrs, LowerQuota": the names a command accepts. */
	public static List<String> names(WholeEngine engine) {
		List<String> names = new ArrayList<>();
		names.add(ScenarioEngine.BASE);
		of(engine).forEach(s -> names.add(s.getName()));
		return names;
	}
}
