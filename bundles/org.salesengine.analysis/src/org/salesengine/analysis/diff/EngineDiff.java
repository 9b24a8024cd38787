package org.salesengine.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.diff.ElementDiff.Kind;
import org.salesengine.analysis.diff.ElementDiff.PropertyDiff;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.model.engine.WholeEngine;

/**
 * What a change does to an engine: its elements added, removed, renamed and changed property by property, the
 * findings it introduces and resolves, and the figures of {@code compare} old against new.
 *
 * <p>A rename is reported as one only when nothing but the name changed: an element removed and one added of the
 * same kind whose properties (references by id) are identical. Anything else is a removal and an addition, since
 * a renamed element with other changes cannot be told from a new one with certainty, and a reviewer should see both.
 * Findings are matched by code, element and message, not by line: moving text does not introduce a finding.
 *
 * @param engine     the engine's name
 * @param oldEngine  null when the engine is new
 * @param newEngine  null when the engine was removed
 * @param elements   removed and added first, then renamed, then changed, each in file order
 * @param introduced findings the new version has and the old one has not
 * @param resolved   findings the old version has and the new one has not
 * @param figures    old (column 0) against new (column 1); null when either side is missing
 */
public record EngineDiff(String engine, WholeEngine oldEngine, WholeEngine newEngine, List<ElementDiff> elements,
		List<Finding> introduced, List<Finding> resolved, ScenarioComparison figures) {

	public static final String OLD = "old";
	public static final String NEW = "new";

	public static EngineDiff of(String engine, WholeEngine oldEngine, List<Finding> oldFindings, WholeEngine newEngine,
			List<Finding> newFindings, ScenarioProperties properties, AnalysisOptions options) {
		ModelWalk walk = new ModelWalk(properties);
		Map<String, EObject> before = oldEngine == null ? Map.of() : walk.elements(oldEngine);
		Map<String, EObject> after = newEngine == null ? Map.of() : walk.elements(newEngine);
		List<ElementDiff> removed = new ArrayList<>();
		List<ElementDiff> added = new ArrayList<>();
		List<ElementDiff> changed = new ArrayList<>();
		before.forEach((id, element) -> {
			if (!after.containsKey(id)) {
				removed.add(new ElementDiff(Kind.REMOVED, id, ModelWalk.type(element), id, List.of()));
			}
		});
		after.forEach((id, element) -> {
			EObject old = before.get(id);
			if (old == null) {
				added.add(new ElementDiff(Kind.ADDED, id, ModelWalk.type(element), id, List.of()));
			} else {
				List<PropertyDiff> properties2 = differences(walk.properties(old, false), walk.properties(element, false));
				if (!properties2.isEmpty()) {
					changed.add(new ElementDiff(Kind.CHANGED, id, ModelWalk.type(element), id, properties2));
				}
			}
		});
		List<ElementDiff> renamed = renames(removed, added, before, after, walk);
		List<ElementDiff> all = new ArrayList<>();
		all.addAll(removed);
		all.addAll(added);
		all.addAll(renamed);
		all.addAll(changed);
		ScenarioComparison figures = oldEngine == null || newEngine == null ? null
				: ScenarioComparison.of(List.of(new ScenarioEngine(OLD, null, oldEngine, oldFindings, List.of(), true),
						new ScenarioEngine(NEW, null, newEngine, newFindings, List.of(), true)), options);
		return new EngineDiff(engine, oldEngine, newEngine, List.copyOf(all), beyond(oldFindings, newFindings),
				beyond(newFindings, oldFindings), figures);
	}

	/** Removed and added elements of one kind with the same properties: renamed. They leave both lists. */
	private static List<ElementDiff> renames(List<ElementDiff> removed, List<ElementDiff> added, Map<String, EObject> before,
			Map<String, EObject> after, ModelWalk walk) {
		List<ElementDiff> renamed = new ArrayList<>();
		for (ElementDiff gone : List.copyOf(removed)) {
			EObject old = before.get(gone.element());
			Map<String, String> content = walk.properties(old, false);
			for (ElementDiff fresh : List.copyOf(added)) {
				EObject candidate = after.get(fresh.element());
				if (candidate.eClass() == old.eClass() && content.equals(walk.properties(candidate, false))) {
					removed.remove(gone);
					added.remove(fresh);
					renamed.add(new ElementDiff(Kind.RENAMED, fresh.element(), fresh.type(), gone.element(), List.of()));
					break;
				}
			}
		}
		return renamed;
	}

	private static List<PropertyDiff> differences(Map<String, String> before, Map<String, String> after) {
		Map<String, String> names = new LinkedHashMap<>();
		before.keySet().forEach(k -> names.put(k, k));
		after.keySet().forEach(k -> names.put(k, k));
		List<PropertyDiff> result = new ArrayList<>();
		for (String name : names.keySet()) {
			String old = before.getOrDefault(name, "(none)");
			String now = after.getOrDefault(name, "(none)");
			if (!Objects.equals(old, now)) {
				result.add(new PropertyDiff(name, old, now));
			}
		}
		return result;
	}

	/** The findings of {@code newer} that {@code older} does not have, matched by code, element and message. */
	static List<Finding> beyond(List<Finding> older, List<Finding> newer) {
		Map<List<String>, Integer> left = new HashMap<>();
		older.forEach(f -> left.merge(key(f), 1, Integer::sum));
		List<Finding> result = new ArrayList<>();
		for (Finding finding : newer) {
			int n = left.getOrDefault(key(finding), 0);
			if (n == 0) {
				result.add(finding);
			} else {
				left.put(key(finding), n - 1);
			}
		}
		return result;
	}

	private static List<String> key(Finding finding) {
		return List.of(finding.code(), finding.element(), finding.message());
	}

	public long count(Kind kind) {
		return elements.stream().filter(e -> e.kind() == kind).count();
	}

	public boolean isEmpty() {
		return elements.isEmpty() && introduced.isEmpty() && resolved.isEmpty();
	}
}
