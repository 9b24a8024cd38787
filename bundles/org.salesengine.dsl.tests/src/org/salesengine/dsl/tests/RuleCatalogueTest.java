package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleCatalogue;
import org.salesengine.testing.TestFiles;

/** The rule table is complete, its codes are kebab-case and unique, and docs/rules.md is generated from it. */
class RuleCatalogueTest {

	@Test
	void everyIssueCodeHasExactlyOneRule() throws Exception {
		Set<String> codes = Arrays.stream(IssueCodes.class.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
				.map(RuleCatalogueTest::value).collect(Collectors.toSet());
		Set<String> ruleCodes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
		assertEquals(codes, ruleCodes);
		assertEquals(Rule.values().length, ruleCodes.size(), "codes are unique");
	}

	@Test
	void everyRuleIsFullyDescribed() {
		for (Rule rule : Rule.values()) {
			assertTrue(rule.code().matches("[a-z0-9]+(-[a-z0-9]+)*"), rule.code());
			assertNotNull(rule.severity());
			assertNotNull(rule.pillar());
			assertFalse(rule.summary().isBlank(), rule.code());
			assertFalse(rule.rationale().isBlank(), rule.code());
			assertEquals(rule, Rule.byCode(rule.code()));
		}
	}

	@Test
	void docsRulesMdIsTheGeneratedCatalogue() {
		String committed = TestFiles.read(TestFiles.root().resolve("docs/rules.md"));
		assertEquals(RuleCatalogue.markdown(), committed,
				"docs/rules.md is out of date: run ./salesengine rules --format markdown > docs/rules.md");
	}

	private static String value(Field field) {
		try {
			return (String) field.get(null);
		} catch (IllegalAccessException e) {
			throw new AssertionError(e);
		}
	}
}
