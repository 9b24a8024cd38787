package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesengine.model.Cadence;
import org.salesengine.model.Engine;
import org.salesengine.model.Ritual;
import org.salesengine.model.engine.EngineSections;

import com.google.inject.Inject;

/** Syntax errors say what was expected: the values of an enumeration, a number's suffix, the words of a block. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class SyntaxMessagesTest {
	@Inject
	private ParseHelper<Engine> parser;
	@Inject
	private ISerializer serializer;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"culture { ritual R { cadence days } }|syntax: unexpected 'days', expected one of daily, weekly, fortnightly, monthly, quarterly, yearly",
			"culture { ritual R { cadence weakly } }|syntax: unexpected 'weakly', expected one of daily, weekly, fortnightly, monthly, quarterly, yearly (did you mean 'weekly'?)",
			"metrics { kpi K { unit dollars } }|syntax: unexpected 'dollars', expected one of currency, percent, count, ratio",
			"structure { process P { stage S { duration 3 weeks } } }|syntax: unexpected 'weeks', expected one of days, months",
			"compensation { plan P { measure K { pooled quota 3 credit } } }|syntax: unexpected 'credit' after quota 3 in measure K: expected one of weight, individual, overlay, pooled, quota, threshold, accelerator, tiers, cap or '}'",
			"compensation { plan P { measure K { quota 3 M } } }|syntax: write 3M, without a space (unexpected 'M' after 3)",
			"compensation { spif S { bonus 2 k } }|syntax: write 2k, without a space (unexpected 'k' after 2)",
			"compensation { plan P { measure K { quota } } }|syntax: quota needs a value, such as 1.1M, or quotas by period, such as 180k, 225k, 225k, 270k by quarter (unexpected '}')",
			"strategy { revenue target 180 M }|syntax: write 180M, without a space (unexpected 'M' after 180)",
			"structure { process P { stage S { conversion 40 % } } }|syntax: write 40%, without a space (unexpected '%' after 40)",
			"strategy { revenue target 180m }|invalid-value: write 180M (k is thousands, M millions, B billions, % a percentage, x a multiplier)",
			"strategy { revenue target 16Mx }|invalid-value: '16Mx' is 16M followed by 'x': expected an amount such as 45k, 1.1M, 1.2B or 1800",
			"structure { role R { headcont 3 } }|syntax: unexpected 'headcont' in role R: expected one of headcount, carries quota, ramp, hires, attrition, reports to, description or '}' (did you mean 'headcount'?)" })
	void errorsSayWhatWasExpected(String body, String error) throws Exception {
		Engine engine = parser.parse("engine E {\n  " + body + "\n}");
		assertEquals(List.of(error), errors(engine));
	}

	@Test
	void billionsAreAmountsAndQuantities() throws Exception {
		Engine engine = parser.parse("engine E { strategy { revenue target 1.2B } compensation { plan P { measure K { quota 0.4B } } } }");
		assertEquals(List.of(), errors(engine));
		assertEquals(0, new BigDecimal("1200000000").compareTo(EngineSections.revenueTarget(engine)));
		assertEquals(0, new BigDecimal("400000000").compareTo(EngineSections.plans(engine).get(0).getMeasures().get(0).getQuota()));
	}

	@Test
	void biweeklyIsReadAsFortnightlyAndWrittenBackAsFortnightly() throws Exception {
		Engine engine = parser.parse("engine E { culture { ritual Sync { cadence biweekly } } }");
		assertEquals(List.of(), errors(engine));
		Ritual ritual = EngineSections.rituals(engine).get(0);
		assertEquals(Cadence.FORTNIGHTLY, ritual.getCadence());
		String written = serializer.serialize(EcoreUtil.copy(engine));
		assertTrue(written.contains("cadence fortnightly"), written);
	}

	static List<String> errors(Engine engine) {
		return engine.eResource().getErrors().stream().map(d -> ((AbstractDiagnostic) d).getCode() + ": " + d.getMessage()).toList();
	}
}
