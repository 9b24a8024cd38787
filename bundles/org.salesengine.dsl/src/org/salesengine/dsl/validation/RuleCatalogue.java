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
		out.append("An engine sets a rule's severity and thresholds in its `rules` section, and `check --rule CODE=LEVEL` overrides\n");
		out.append("the severity from the command line (see [Configuring the rules](#configuring-the-rules)).\n\n");
		out.append("**After a syntax error.** The parser skips what it cannot read up to the next word the block takes, so a\n");
		out.append("syntax error loses at most the rest of the block that holds it; everything else is read and checked. What the\n");
		out.append("skipped text held is unknown, so a rule that reads the whole engine (links, totals, what uses what) reports nothing\n");
		out.append("while any file of the engine has a syntax error or a value of the wrong form: its findings could be the error's\n");
		out.append("echo. A rule that reads one element still runs on every element whose own text parsed, and is silent on an\n");
		out.append("element whose text has the error. Each rule below says which kind it is. A name that links to nothing is not\n");
		out.append("reported in a file with a syntax error either: the element it names may be in the text that was skipped.\n\n");
		out.append("**One cause, one line.** Findings of one rule on one subject are one root cause: seven plans that pay on a\n");
		out.append("KPI supporting no objective are one fix, on the KPI. `check` prints a cause once, at its first finding, with its\n");
		out.append("findings indented below it; the health score counts it once; JSON and SARIF keep one result per finding, each\n");
		out.append("with the id of its cause. The subject is the element a finding is reported on unless the rule names another\n");
		out.append("one below (\"Cause\").\n\n");
		out.append("**From data.** Two rules do not read the text: `salesengine calibrate` reports them when it sets the design\n");
		out.append("against a CRM export (docs/data.md), located where the engine declares the figure. `check` never reports them;\n");
		out.append("a rules section configures them like any other. Their fixtures are an engine with a companion export\n");
		out.append("(`bundles/org.salesengine.data.tests/fixtures/rules/CODE/`), checked against the `// expect:` and `// clean:`\n");
		out.append("lines by the data bundle's tests.\n\n");
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
		out.append(configuring());
		return out.toString();
	}

	private static String section(Rule rule) {
		StringBuilder out = new StringBuilder("\n### " + rule.code() + "\n\n" + "*" + severity(rule) + "* · " + rule.summary()
				+ "\n\n" + rule.rationale() + "\n");
		if (!rule.parameters().isEmpty()) {
			out.append("\n| parameter | meaning | default | source |\n|---|---|---|---|\n");
			for (RuleParameter parameter : rule.parameters()) {
				out.append("| `").append(parameter.name()).append("` | ").append(parameter.meaning()).append(" | ")
						.append(defaults(parameter)).append(" | ").append(parameter.source()).append(" |\n");
			}
		}
		out.append("\nCause: ").append(rule.cause().description()).append(rule.cause() == CauseSubject.ELEMENT
				? "; each element's findings are one cause.\n" : "; findings that share it are one cause.\n");
		if (rule.fromData()) {
			out.append("\nFrom data: reported by `salesengine calibrate` against a CRM export, never by `check`.\n");
		} else if (!rule.configurable()) {
			out.append("\nThis rule cannot be switched off or given another severity.\n");
		} else if (rule.readsWholeEngine()) {
			out.append("\nReads the whole engine: silent while any file of the engine has a syntax error.\n");
		} else {
			out.append("\nReads one element: silent on an element whose own text has a syntax error.\n");
		}
		return out.toString();
	}

	/** "30% to 60%" or, when the default depends on the profile, "saas 30% to 60%; industrial 10% to 35%; ...". */
	public static String defaults(RuleParameter parameter) {
		if (!parameter.dependsOnProfile()) {
			return parameter.fallback().written(parameter.shape());
		}
		return Arrays.stream(Profile.values())
				.map(p -> p.code() + " " + parameter.defaultFor(p).written(parameter.shape()))
				.collect(Collectors.joining("; "));
	}

	private static String configuring() {
		return """

				## Configuring the rules

				```
				rules {
				  profile industrial
				  rule pay-mix-out-of-band off
				  rule too-many-measures error
				  rule quota-over-assigned { above 120%% }
				  rule tiny-weight warning { below 5%% }
				}
				```

				- `profile` picks the default bands of the rules that compare a design with practice, by business model:
				  %s. Without it, the engine is judged as SaaS. Every message that uses such a band names the profile.
				- `rule CODE LEVEL` sets a rule's severity: `off`, `info`, `warning` or `error`.
				- `rule CODE { NAME VALUE }` sets a parameter; ranges are written `LOW to HIGH`. Percentages take `%%`.
				- Unknown codes, parameters and profiles, and values of the wrong form, are `invalid-rule-setting` errors with
				  "did you mean".
				- `salesengine check --rule CODE=LEVEL` (repeatable) overrides the engine's severity for one run; SARIF reports
				  the severity in effect.
				- The parser's and linker's findings (%s) cannot be configured.
				""".formatted(Arrays.stream(Profile.values()).map(p -> "`" + p.code() + "` (" + p.label() + ")").collect(Collectors.joining(", ")),
				Arrays.stream(Rule.values()).filter(r -> !r.configurable()).map(r -> "`" + r.code() + "`").collect(Collectors.joining(", ")));
	}

	public static String severity(Rule rule) {
		return rule.severity().name().toLowerCase(Locale.ROOT);
	}
}
