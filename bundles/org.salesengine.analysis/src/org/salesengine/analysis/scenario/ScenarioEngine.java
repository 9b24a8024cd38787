package org.salesengine.analysis.scenario;

import java.util.List;
import java.util.Set;

import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;

/**
 * A scenario applied: a copy of the whole engine with the scenario's overrides set, and the validator's findings on
 * that copy, located in the base's text. The base engine is never changed.
 *
 * @param name        the scenario's name; {@link #BASE} for the engine as written
 * @param displayName its display name, or null
 * @param engine      the copy (for the base, the engine itself)
 * @param findings    every finding of the copy, as {@code check} would report them for an engine written that way
 * @param changes     the overrides, in the order written
 * @param checked     false when the copy was not validated (a file of the engine has a syntax error): findings
 *                    are then the base's
 */
public record ScenarioEngine(String name, String displayName, WholeEngine engine, List<Finding> findings,
		List<ScenarioChange> changes, boolean checked) {

	/** The name by which commands refer to the engine as written. */
	public static final String BASE = "base";

	public ScenarioEngine {
		findings = List.copyOf(findings);
		changes = List.copyOf(changes);
	}

	public boolean isBase() {
		return BASE.equals(name);
	}

	/** The ids of the elements the scenario changes. */
	public Set<String> changedElements() {
		return changes.stream().map(ScenarioChange::element).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}
}
