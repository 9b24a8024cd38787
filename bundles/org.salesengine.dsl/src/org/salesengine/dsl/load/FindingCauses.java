package org.salesengine.dsl.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.dsl.validation.Rule;

/**
 * Findings grouped by root cause ({@link Finding#cause()}): what the text report prints once with its instances, and
 * what the health score counts once.
 */
public final class FindingCauses {
	private FindingCauses() {
	}

	/** Causes in the order of their first instance; each cause's instances in the order given. */
	public static List<List<Finding>> group(List<Finding> findings) {
		Map<String, List<Finding>> byCause = new LinkedHashMap<>();
		for (Finding finding : findings) {
			byCause.computeIfAbsent(finding.cause(), c -> new ArrayList<>(1)).add(finding);
		}
		return List.copyOf(byCause.values());
	}

	/**
	 * A cause in one sentence: a lone finding's message, or for several, "KPI Revenue (7 findings, one cause): a plan
	 * measure pays on a KPI that supports no objective" (its subject, how many, and the rule's summary).
	 */
	public static String headline(List<Finding> cause) {
		Finding first = cause.get(0);
		if (cause.size() == 1) {
			return first.message();
		}
		Rule rule = Rule.byCode(first.code());
		String what = rule == null ? first.message() : sentence(rule.summary());
		String subject = first.subject().isEmpty() ? first.element() : first.subject();
		return subject + " (" + cause.size() + " findings, one cause): " + what;
	}

	/** "A plan measure pays on a KPI." as a clause: "a plan measure pays on a KPI"; "SPIF ..." keeps its capitals. */
	private static String sentence(String summary) {
		String clause = summary.endsWith(".") ? summary.substring(0, summary.length() - 1) : summary;
		String firstWord = clause.split(" ", 2)[0];
		boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(java.util.Locale.ROOT));
		return clause.isEmpty() || acronym ? clause : Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
	}
}
