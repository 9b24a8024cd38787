package org.salesengine.dsl.validation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.model.Engine;
import org.salesengine.model.RuleSetting;
import org.salesengine.model.RulesSection;
import org.salesengine.model.engine.EngineSections;

/** The engine's rules section: every code, parameter, value and profile it names must exist and fit. */
public class RuleSettingChecks extends RuleChecks {

	@Check
	public void profile(RulesSection rules) {
		if (rules.getProfile() == null) {
			return;
		}
		if (Profile.byCode(rules.getProfile()).isEmpty()) {
			List<String> codes = Arrays.stream(Profile.values()).map(Profile::code).toList();
			report(Rule.INVALID_RULE_SETTING, "unknown profile '" + rules.getProfile() + "'"
					+ Similarity.didYouMean(rules.getProfile(), codes) + "; the profiles are " + String.join(", ", codes),
					rules, MODEL.getRulesSection_Profile());
			return;
		}
		RulesSection first = wholeEngine(rules).fragments().stream().flatMap(f -> EngineSections.rules(f).stream())
				.filter(r -> r.getProfile() != null).findFirst().orElse(rules);
		if (first != rules) {
			report(Rule.INVALID_RULE_SETTING, "the profile is chosen twice in this engine (" + first.getProfile()
					+ " first, then " + rules.getProfile() + "); only the first one counts", rules, MODEL.getRulesSection_Profile());
		}
	}

	@Check
	public void setting(RuleSetting setting) {
		Rule rule = Rule.byCode(setting.getCode());
		if (rule == null) {
			List<String> codes = Arrays.stream(Rule.values()).map(Rule::code).toList();
			report(Rule.INVALID_RULE_SETTING, "unknown rule '" + setting.getCode() + "'"
					+ Similarity.didYouMean(setting.getCode(), codes) + "; 'salesengine rules' lists them", setting,
					MODEL.getRuleSetting_Code());
			return;
		}
		if (!rule.configurable()) {
			report(Rule.INVALID_RULE_SETTING, "rule " + rule.code() + " cannot be configured: text that cannot be read"
					+ " cannot be checked at any severity", setting, MODEL.getRuleSetting_Code());
			return;
		}
		if (!setting.isSetSeverity() && setting.getParameters().isEmpty()) {
			report(Rule.INVALID_RULE_SETTING, "rule " + rule.code() + " is named but given neither a severity (off, info,"
					+ " warning, error) nor a parameter", setting, MODEL.getRuleSetting_Code());
		}
		for (int i = 0; i < setting.getParameters().size(); i++) {
			org.salesengine.model.RuleParameter given = setting.getParameters().get(i);
			RuleParameter spec = rule.parameter(given.getName());
			if (spec == null) {
				List<String> names = rule.parameters().stream().map(RuleParameter::name).toList();
				String takes = names.isEmpty() ? "; it takes no parameters"
						: "; it takes " + names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
				report(Rule.INVALID_RULE_SETTING, "rule " + rule.code() + " has no parameter '" + given.getName() + "'"
						+ Similarity.didYouMean(given.getName(), names) + takes, given, MODEL.getRuleParameter_Name());
				continue;
			}
			String problem = RuleSettings.problem(spec, given);
			if (problem != null) {
				report(Rule.INVALID_RULE_SETTING, "rule " + rule.code() + ": " + problem, given,
						MODEL.getRuleParameter_Value());
			}
		}
	}

	/** One setting per rule and engine: two would leave it to the reader to guess which one counts. */
	@Check
	public void settingGivenTwice(Engine fragment) {
		List<RuleSetting> all = wholeEngine(fragment).fragments().stream()
				.flatMap(f -> EngineSections.rules(f).stream()).flatMap(r -> r.getSettings().stream()).toList();
		for (RuleSetting setting : EngineSections.rules(fragment).stream().flatMap(r -> r.getSettings().stream()).toList()) {
			RuleSetting first = all.stream().filter(s -> s.getCode() != null && s.getCode().equals(setting.getCode()))
					.findFirst().orElse(setting);
			if (first != setting) {
				report(Rule.INVALID_RULE_SETTING, "rule " + setting.getCode() + " is set twice in this engine; only the"
						+ " first setting counts", setting, MODEL.getRuleSetting_Code());
			}
		}
	}
}
