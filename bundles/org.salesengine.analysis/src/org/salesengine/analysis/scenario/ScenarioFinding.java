package org.salesengine.analysis.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.dsl.load.Finding;

/** A finding of a scenario: what {@code check} prints as {@code [MoreSdrs] file:line:col ...}. */
public record ScenarioFinding(String scenario, Finding finding) {

	/**
	 * The findings of {@code scenario} that {@code base} does not have, by place, code and message (a message that
	 * names a figure the scenario changed is another finding). Each counted as often as it is there more.
	 */
	public static List<Finding> beyond(List<Finding> base, List<Finding> scenario) {
		Map<Finding, Integer> left = new HashMap<>();
		base.forEach(f -> left.merge(f, 1, Integer::sum));
		List<Finding> added = new ArrayList<>();
		for (Finding finding : scenario) {
			Integer n = left.get(finding);
			if (n == null || n == 0) {
				added.add(finding);
			} else {
				left.put(finding, n - 1);
			}
		}
		return added;
	}

	public static List<ScenarioFinding> marked(String scenario, List<Finding> findings) {
		return findings.stream().map(f -> new ScenarioFinding(scenario, f)).toList();
	}
}
