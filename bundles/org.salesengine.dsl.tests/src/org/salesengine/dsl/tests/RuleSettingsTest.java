package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleOverrides;
import org.salesengine.model.Engine;
import org.salesengine.model.RuleSeverity;

import com.google.inject.Inject;

/** The rules section and command-line overrides change what the validator reports, and nothing else. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class RuleSettingsTest {
	/** Four measures (one over the limit of three), one of them at 5% (under the 10% minimum). */
	private static final String PLAN = """
			engine E {
			  metrics { kpi A kpi B kpi C kpi D }
			  compensation {
			    plan P { measure A weight 45% measure B weight 45% measure C weight 5% measure D weight 5% }
			  }
			RULES}
			""";

	/** The rules this test configures; the others (the plan's KPIs have no target, say) are not its subject. */
	private static final java.util.Set<String> CODES = java.util.Set.of("tiny-weight", "too-many-measures", "invalid-rule-setting");

	@Inject
	private ParseHelper<Engine> parser;
	@Inject
	private ValidationTestHelper validation;
	@Inject
	private RuleOverrides overrides;

	@AfterEach
	void noOverrides() {
		overrides.set(java.util.Map.of());
	}

	private List<String> findings(String rules) throws Exception {
		Engine engine = parser.parse(PLAN.replace("RULES", rules));
		return validation.validate(engine).stream().filter(i -> CODES.contains(i.getCode())).map(RuleSettingsTest::describe)
				.sorted().toList();
	}

	private static String describe(Issue issue) {
		return issue.getCode() + " " + issue.getSeverity().name().toLowerCase() + " " + issue.getMessage();
	}

	@Test
	void catalogueDefaults() throws Exception {
		assertEquals(List.of(
				"tiny-weight warning measure C in plan P weighs 5%, under 10%",
				"tiny-weight warning measure D in plan P weighs 5%, under 10%",
				"too-many-measures warning plan P has 4 measures; practice is at most 3"), findings(""));
	}

	@Test
	void severityAndParametersFromTheRulesSection() throws Exception {
		assertEquals(List.of("too-many-measures error plan P has 4 measures; practice is at most 3"),
				findings("  rules { rule too-many-measures error rule tiny-weight { below 5% } }\n"));
		assertEquals(List.of(), findings("  rules { rule too-many-measures { max 4 } rule tiny-weight off }\n"));
	}

	@Test
	void commandLineOverridesWinOverTheEngine() throws Exception {
		overrides.set(java.util.Map.of(Rule.TINY_WEIGHT, RuleSeverity.ERROR, Rule.TOO_MANY_MEASURES, RuleSeverity.OFF));
		List<String> found = findings("  rules { rule tiny-weight off rule too-many-measures error }\n");
		assertEquals(List.of(
				"tiny-weight error measure C in plan P weighs 5%, under 10%",
				"tiny-weight error measure D in plan P weighs 5%, under 10%"), found);
	}

	@Test
	void aMisspeltSettingIsAnErrorAndLeavesTheRuleAsItWas() throws Exception {
		List<String> found = findings("  rules { rule tiny-wieght off rule too-many-measures { maximum 9 } profile sas }\n");
		assertEquals(List.of(
				"invalid-rule-setting error rule too-many-measures has no parameter 'maximum'; it takes 'max'",
				"invalid-rule-setting error unknown profile 'sas' (did you mean 'saas'?); the profiles are saas, industrial, transactional",
				"invalid-rule-setting error unknown rule 'tiny-wieght' (did you mean 'tiny-weight'?); 'salesengine rules' lists them",
				"tiny-weight warning measure C in plan P weighs 5%, under 10%",
				"tiny-weight warning measure D in plan P weighs 5%, under 10%",
				"too-many-measures warning plan P has 4 measures; practice is at most 3"), found);
	}

	@Test
	void aValueOfTheWrongFormIsRefused() throws Exception {
		List<String> found = findings("  rules { rule tiny-weight { below 5 } rule too-many-measures { max 2.5 } }\n");
		assertEquals(List.of(
				"invalid-rule-setting error rule tiny-weight: below takes a percentage such as 120%",
				"invalid-rule-setting error rule too-many-measures: max takes a whole number such as 3",
				"tiny-weight warning measure C in plan P weighs 5%, under 10%",
				"tiny-weight warning measure D in plan P weighs 5%, under 10%",
				"too-many-measures warning plan P has 4 measures; practice is at most 3"), found);
	}

	@Test
	void everyCatalogueCodeCanBeWrittenInARulesSection() throws Exception {
		for (Rule rule : Rule.values()) {
			Engine engine = parser.parse("engine E { rules { rule " + rule.code() + " warning } }");
			assertEquals(List.of(), engine.eResource().getErrors(), rule.code());
			assertEquals(rule.code(), ((org.salesengine.model.RulesSection) engine.getSections().get(0)).getSettings().get(0).getCode());
		}
	}

	@Test
	void infoIsASeverityToo() throws Exception {
		List<Issue> issues = validation.validate(parser.parse(PLAN.replace("RULES", "  rules { rule too-many-measures info }\n")));
		assertEquals(Severity.INFO, issues.stream().filter(i -> i.getCode().equals("too-many-measures")).findFirst().orElseThrow().getSeverity());
	}
}
