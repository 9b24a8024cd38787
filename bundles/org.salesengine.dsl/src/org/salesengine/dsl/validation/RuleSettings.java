package org.salesengine.dsl.validation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.dsl.validation.RuleParameter.Shape;
import org.salesengine.dsl.validation.RuleParameter.Value;
import org.salesengine.model.Engine;
import org.salesengine.model.RuleSetting;
import org.salesengine.model.RuleSeverity;
import org.salesengine.model.RulesSection;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

/**
 * The rules in effect for one engine: each rule's severity (the catalogue's, the engine's {@code rules} section's, or
 * an override from the command line, in rising order) and each parameter's value (the engine's, or the default of its
 * profile). Settings the validator refuses ({@link RuleSettingChecks}) are ignored here, so a typo never silences a
 * rule.
 */
public final class RuleSettings {
	public static final RuleSettings DEFAULTS = new RuleSettings(Profile.DEFAULT, false, Map.of(), Map.of());

	private final Profile profile;
	private final boolean profileChosen;
	private final Map<Rule, RuleSeverity> severities;
	private final Map<Rule, Map<String, Value>> values;

	private RuleSettings(Profile profile, boolean profileChosen, Map<Rule, RuleSeverity> severities,
			Map<Rule, Map<String, Value>> values) {
		this.profile = profile;
		this.profileChosen = profileChosen;
		this.severities = severities;
		this.values = values;
	}

	public static RuleSettings of(WholeEngine engine, Map<Rule, RuleSeverity> overrides) {
		Profile profile = Profile.DEFAULT;
		boolean chosen = false;
		Map<Rule, RuleSeverity> severities = new EnumMap<>(Rule.class);
		Map<Rule, Map<String, Value>> values = new EnumMap<>(Rule.class);
		for (Engine fragment : engine.fragments()) {
			for (RulesSection rules : EngineSections.rules(fragment)) {
				Optional<Profile> named = Profile.byCode(rules.getProfile());
				if (rules.getProfile() != null && named.isPresent() && !chosen) {
					profile = named.get();
					chosen = true;
				}
				for (RuleSetting setting : rules.getSettings()) {
					Rule rule = Rule.byCode(setting.getCode());
					if (rule == null || !rule.configurable()) {
						continue;
					}
					if (setting.isSetSeverity()) {
						severities.putIfAbsent(rule, setting.getSeverity());
					}
					for (org.salesengine.model.RuleParameter given : setting.getParameters()) {
						RuleParameter spec = rule.parameter(given.getName());
						if (spec != null && problem(spec, given) == null) {
							values.computeIfAbsent(rule, r -> new HashMap<>())
									.putIfAbsent(spec.name(), new Value(given.getValue(), given.getUpper()));
						}
					}
				}
			}
		}
		overrides.forEach((rule, severity) -> {
			if (rule.configurable()) {
				severities.put(rule, severity);
			}
		});
		return new RuleSettings(profile, chosen, severities, values);
	}

	/** The severity the rule reports with, or null when it is switched off. */
	public Severity severity(Rule rule) {
		RuleSeverity set = severities.get(rule);
		if (set == null) {
			return rule.severity();
		}
		return switch (set) {
			case OFF -> null;
			case INFO -> Severity.INFO;
			case WARNING -> Severity.WARNING;
			case ERROR -> Severity.ERROR;
		};
	}

	public Profile profile() {
		return profile;
	}

	/** The value in effect: the engine's setting, else the default of the engine's profile. */
	public Value value(Rule rule, String name) {
		RuleParameter spec = rule.parameter(name);
		if (spec == null) {
			throw new IllegalArgumentException("rule " + rule.code() + " has no parameter " + name);
		}
		Value set = values.getOrDefault(rule, Map.of()).get(name);
		return set != null ? set : spec.defaultFor(profile);
	}

	/**
	 * Where the value in effect comes from, for messages: "set in the engine's rules", "the SaaS profile" (a default
	 * that depends on the profile) or "the default".
	 */
	public String origin(Rule rule, String name) {
		if (values.getOrDefault(rule, Map.of()).containsKey(name)) {
			return "set in the engine's rules";
		}
		RuleParameter spec = rule.parameter(name);
		if (spec != null && spec.dependsOnProfile()) {
			return "the " + profile.label() + " profile" + (profileChosen ? "" : ", the default");
		}
		return "the default";
	}

	/**
	 * What is wrong with a parameter value as written, or null. The value converter has already read the number; its
	 * form (with or without %) is read back from the text, since 120 and 120% are different thresholds.
	 */
	static String problem(RuleParameter spec, org.salesengine.model.RuleParameter given) {
		if (given.getValue() == null) {
			return "expected " + spec.shape().expected();
		}
		if (spec.shape().isRange() != (given.getUpper() != null)) {
			return spec.name() + " takes " + spec.shape().expected();
		}
		Boolean percent = writtenAsPercent(given);
		boolean wantsPercent = spec.shape() == Shape.PERCENT || spec.shape() == Shape.PERCENT_RANGE;
		if (percent != null && percent != wantsPercent) {
			return spec.name() + " takes " + spec.shape().expected();
		}
		if (spec.shape() == Shape.COUNT && given.getValue().stripTrailingZeros().scale() > 0) {
			return spec.name() + " takes " + spec.shape().expected();
		}
		if (given.getUpper() != null && given.getUpper().compareTo(given.getValue()) < 0) {
			return "the range " + new Value(given.getValue(), given.getUpper()).written(spec.shape()) + " ends below its start";
		}
		return null;
	}

	/** Whether the value was written with %, or null for a model built in memory (an edit, a test). */
	private static Boolean writtenAsPercent(org.salesengine.model.RuleParameter given) {
		for (INode node : NodeModelUtils.findNodesForFeature(given,
				org.salesengine.model.SalesEnginePackage.Literals.RULE_PARAMETER__VALUE)) {
			return node.getText().trim().endsWith("%");
		}
		return null;
	}
}
