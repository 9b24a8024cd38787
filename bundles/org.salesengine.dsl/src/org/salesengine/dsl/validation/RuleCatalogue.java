package org.salesengine.dsl.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders the {@link Rule} table as the Markdown page docs/rules.md (a test keeps the committed page in sync). */
public final class RuleCatalogue {
	private RuleCatalogue() {
	}

	public static String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("# Rule catalogue\n\n");
		out.append("Generated from `org.salesengine.dsl.validation.Rule` by `salesengine rules --format markdown`; do not edit by hand.\n\n");
		out.append("Every diagnostic of `salesengine check` carries one of these codes. Codes are stable: CI configurations and SARIF\n");
		out.append("consumers may rely on them. Errors make `check` exit with 1; warnings do not.\n\n");
		out.append("| code | severity | pillar | fires when |\n|---|---|---|---|\n");
		for (Rule rule : Rule.values()) {
			out.append("| [`").append(rule.code()).append("`](#").append(rule.code()).append(") | ")
					.append(severity(rule)).append(" | ").append(rule.pillar().label()).append(" | ")
					.append(rule.summary()).append(" |\n");
		}
		for (Pillar pillar : Pillar.values()) {
			String rules = Arrays.stream(Rule.values()).filter(r -> r.pillar() == pillar)
					.map(RuleCatalogue::section).collect(Collectors.joining());
			if (!rules.isEmpty()) {
				out.append("\n## ").append(Character.toUpperCase(pillar.label().charAt(0))).append(pillar.label().substring(1)).append("\n");
				out.append(rules);
			}
		}
		return out.toString();
	}

	private static String section(Rule rule) {
		return "\n### " + rule.code() + "\n\n" + "*" + severity(rule) + "* · " + rule.summary() + "\n\n" + rule.rationale() + "\n";
	}

	public static String severity(Rule rule) {
		return rule.severity().name().toLowerCase(Locale.ROOT);
	}
}
