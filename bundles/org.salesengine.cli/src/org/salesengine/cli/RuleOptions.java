package org.salesengine.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.RuleSeverity;

/** {@code --rule CODE=LEVEL} options, read into severities, with "did you mean" for a misspelt code. */
final class RuleOptions {
	static final class BadOption extends Exception {
		private static final long serialVersionUID = 1L;

		BadOption(String message) {
			super(message);
		}
	}

	private RuleOptions() {
	}

	static Map<Rule, RuleSeverity> parse(List<String> options) throws BadOption {
		Map<Rule, RuleSeverity> result = new LinkedHashMap<>();
		List<String> levels = Arrays.stream(RuleSeverity.values()).map(RuleSeverity::getLiteral).toList();
		for (String option : options) {
			int equals = option.indexOf('=');
			if (equals <= 0) {
				throw new BadOption("--rule " + option + ": expected CODE=LEVEL, such as too-many-measures=error");
			}
			String code = option.substring(0, equals).trim();
			String level = option.substring(equals + 1).trim().toLowerCase(Locale.ROOT);
			Rule rule = Rule.byCode(code);
			if (rule == null) {
				throw new BadOption("--rule " + option + ": unknown rule '" + code + "'"
						+ Similarity.didYouMean(code, Arrays.stream(Rule.values()).map(Rule::code).toList())
						+ "; 'salesengine rules' lists them");
			}
			if (!rule.configurable()) {
				throw new BadOption("--rule " + option + ": rule " + code + " cannot be configured");
			}
			RuleSeverity severity = RuleSeverity.get(level);
			if (severity == null) {
				throw new BadOption("--rule " + option + ": unknown level '" + level + "'" + Similarity.didYouMean(level, levels)
						+ "; the levels are " + String.join(", ", levels));
			}
			result.put(rule, severity);
		}
		return result;
	}
}
