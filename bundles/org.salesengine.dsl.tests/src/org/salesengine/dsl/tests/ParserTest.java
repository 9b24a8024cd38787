package org.salesengine.dsl.tests;

import org.salesengine.model.engine.EngineSections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.model.Behavior;
import org.salesengine.model.BinaryOperation;
import org.salesengine.model.BonusBasis;
import org.salesengine.model.Cadence;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiReference;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.NumberLiteral;
import org.salesengine.model.Operator;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Signal;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;
import org.salesengine.model.TimeUnit;

import com.google.inject.Inject;
import org.salesengine.testing.TestFiles;

/** Every construct of the language parses into the model it means, including every optional part. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class ParserTest {
	@Inject
	private ParseHelper<Engine> parser;

	private Engine engine;

	@BeforeEach
	void parseEveryConstruct() throws Exception {
		engine = parser.parse(TestFiles.read(TestFiles.fixture("org.salesengine.dsl.tests", "parser/every-construct.sales")));
		assertTrue(engine.eResource().getErrors().isEmpty(), () -> engine.eResource().getErrors().toString());
	}

	@Test
	void engineSettingsAndStrategy() {
		assertEquals("Everything", engine.getName());
		assertEquals("Every construct", engine.getDisplayName());
		assertEquals("USD", engine.getCurrency());
		assertEquals("2027-01-01", engine.getPeriodStart());
		assertEquals("2027-12-31", engine.getPeriodEnd());
		assertEquals("All of the syntax", engine.getDescription());
		assertDecimal("1500000", EngineSections.revenueTarget(engine));
		assertEquals(List.of("O1", "O2"), EngineSections.objectives(engine).stream().map(o -> o.getName()).toList());
		assertEquals(1, EngineSections.objectives(engine).get(0).getPriority());
		assertEquals("The first objective", EngineSections.objectives(engine).get(0).getDescription());
		assertNull(EngineSections.objectives(engine).get(1).getPriority());
		assertNull(EngineSections.objectives(engine).get(1).getDisplayName());
		assertEquals("A segment", EngineSections.segments(engine).get(0).getDescription());
	}

	@Test
	void rolesTeamsAndProcesses() {
		Role boss = EngineSections.roles(engine).get(0);
		Role rep = EngineSections.roles(engine).get(1);
		Role partner = EngineSections.roles(engine).get(2);
		assertEquals(7, rep.getHeadcount());
		assertTrue(rep.isCarriesQuota());
		assertFalse(boss.isCarriesQuota());
		assertEquals(45, rep.getRamp().getValue());
		assertEquals(TimeUnit.DAYS, rep.getRamp().getUnit());
		assertEquals(TimeUnit.MONTHS, partner.getRamp().getUnit());
		assertSame(boss, rep.getReportsTo());

		Team team = EngineSections.teams(engine).get(0);
		assertSame(boss, team.getLead());
		assertEquals(List.of(rep, partner), team.getMembers());
		assertEquals(EngineSections.segments(engine), team.getCovers());

		SalesProcess process = EngineSections.processes(engine).get(0);
		assertEquals(EngineSections.segments(engine), process.getSegments());
		assertSame(EngineSections.kpis(engine).get(0), process.getProduces());
		assertDecimal("12500", process.getAverageDeal());
		Stage one = process.getStages().get(0);
		assertEquals("Stage one", one.getDisplayName());
		assertSame(rep, one.getOwner());
		assertEquals("Criterion met", one.getExitCriterion());
		assertDecimal("0.125", one.getConversion());
		assertEquals(3, one.getDuration().getValue());
		assertEquals(TimeUnit.MONTHS, one.getDuration().getUnit());
		assertNull(process.getStages().get(1).getConversion());
		assertEquals("Won", process.getWon().getName());
		assertEquals("Won it", process.getWon().getDisplayName());
		assertEquals("Lost", process.getLost().getName());
	}

	@Test
	void behaviorsAndRituals() {
		Behavior behavior = EngineSections.behaviors(engine).get(0);
		assertEquals(List.of("Rep", "Partner"), behavior.getExpectedOf().stream().map(r -> r.getName()).toList());
		assertEquals(EngineSections.processes(engine).get(0).getStages(), behavior.getDuring());
		assertEquals(List.of(EngineSections.kpis(engine).get(0), EngineSections.kpis(engine).get(1)), behavior.getIndicators());
		assertEquals(EngineSections.rituals(engine), behavior.getReinforcedBy());
		Ritual ritual = EngineSections.rituals(engine).get(0);
		assertEquals(Cadence.FORTNIGHTLY, ritual.getCadence());
		assertEquals("Boss", ritual.getLedBy().get(0).getName());
		assertEquals(2, ritual.getAttendedBy().size());
		assertEquals(2, ritual.getReviews().size());
	}

	@Test
	void kpisAndFormulaPrecedence() {
		Kpi k1 = EngineSections.kpis(engine).get(0);
		assertEquals(KpiUnit.CURRENCY, k1.getUnit());
		assertEquals(Signal.LEADING, k1.getSignal());
		assertDecimal("2000000", k1.getTarget());
		assertEquals(EngineSections.objectives(engine), k1.getSupports());
		assertEquals("Rep", k1.getOwner().getName());
		assertEquals("CRM", k1.getSource());

		Kpi k2 = EngineSections.kpis(engine).get(1);
		assertEquals(Signal.LAGGING, k2.getSignal());
		assertDecimal("0.25", k2.getTarget());
		// (K1 - 10k) * 2 / K3 + 50%  ==  (((K1 - 10000) * 2) / K3) + 0.5
		BinaryOperation sum = assertInstanceOf(BinaryOperation.class, k2.getFormula());
		assertEquals(Operator.PLUS, sum.getOperator());
		assertDecimal("0.5", assertInstanceOf(NumberLiteral.class, sum.getRight()).getValue());
		BinaryOperation quotient = assertInstanceOf(BinaryOperation.class, sum.getLeft());
		assertEquals(Operator.DIVIDE, quotient.getOperator());
		assertEquals("K3", assertInstanceOf(KpiReference.class, quotient.getRight()).getKpi().getName());
		BinaryOperation product = assertInstanceOf(BinaryOperation.class, quotient.getLeft());
		assertEquals(Operator.TIMES, product.getOperator());
		BinaryOperation difference = assertInstanceOf(BinaryOperation.class, product.getLeft());
		assertEquals(Operator.MINUS, difference.getOperator());
		assertSame(k1, assertInstanceOf(KpiReference.class, difference.getLeft()).getKpi());
		assertDecimal("10000", assertInstanceOf(NumberLiteral.class, difference.getRight()).getValue());
		assertFalse(EngineSections.kpis(engine).get(2).isSetSignal());
	}

	@Test
	void plansMeasuresAndSpifs() {
		Plan plan = EngineSections.plans(engine).get(0);
		assertEquals("Rep", plan.getRole().getName());
		assertDecimal("100000", plan.getOnTargetEarnings());
		assertDecimal("60", plan.getMixBase());
		assertDecimal("40", plan.getMixIncentive());
		Measure first = plan.getMeasures().get(0);
		assertDecimal("0.7", first.getWeight());
		assertDecimal("1100000", first.getQuota());
		assertDecimal("0.5", first.getThreshold());
		assertDecimal("1.5", first.getAccelerator());
		assertDecimal("1.1", first.getAcceleratorAbove());
		assertDecimal("2.5", first.getCap());
		assertDecimal("0.3", plan.getMeasures().get(1).getWeight());

		Spif spif = EngineSections.spifs(engine).get(0);
		assertEquals(2, spif.getRoles().size());
		assertEquals("K1", spif.getRewards().getName());
		assertDecimal("500", spif.getBonus());
		assertEquals(BonusBasis.DEAL, spif.getBasis());
		assertEquals("2027-02-01", spif.getStartDate());
		assertEquals("2027-02-28", spif.getEndDate());
	}

	@ParameterizedTest
	@EnumSource(Cadence.class)
	void everyCadenceIsAKeyword(Cadence cadence) throws Exception {
		Engine parsed = parse("engine C { culture { ritual R { cadence " + cadence.getLiteral() + " } } }");
		assertEquals(cadence, EngineSections.rituals(parsed).get(0).getCadence());
	}

	@ParameterizedTest
	@EnumSource(KpiUnit.class)
	void everyUnitIsAKeyword(KpiUnit unit) throws Exception {
		Engine parsed = parse("engine U { metrics { kpi K { unit " + unit.getLiteral() + " } } }");
		assertEquals(unit, EngineSections.kpis(parsed).get(0).getUnit());
	}

	@ParameterizedTest
	@CsvSource({ "1 day, 1, DAYS", "10 days, 10, DAYS", "1 month, 1, MONTHS", "6 months, 6, MONTHS" })
	void durations(String text, int value, TimeUnit unit) throws Exception {
		Engine parsed = parse("engine D { structure { role R { ramp " + text + " } } }");
		assertEquals(value, EngineSections.roles(parsed).get(0).getRamp().getValue());
		assertEquals(unit, EngineSections.roles(parsed).get(0).getRamp().getUnit());
	}

	@Test
	void everyListKeywordTakesACommaSeparatedList() throws Exception {
		Engine parsed = parse("""
				engine L {
				  strategy { segment A segment B }
				  structure {
				    role X role Y role Z
				    team T { members X, Y, Z covers A, B }
				    process P for A, B { stage S1 stage S2 }
				  }
				  culture {
				    behavior Be { expected of X, Y during S1, S2 indicator K1, K2 reinforced by R1, R2 }
				    ritual R1 { attended by X, Y, Z reviews K1, K2 }
				    ritual R2
				  }
				  metrics { kpi K1 kpi K2 }
				  compensation { spif Sp for X, Y, Z }
				}
				""");
		assertEquals(3, EngineSections.teams(parsed).get(0).getMembers().size());
		assertEquals(2, EngineSections.teams(parsed).get(0).getCovers().size());
		assertEquals(2, EngineSections.processes(parsed).get(0).getSegments().size());
		Behavior behavior = EngineSections.behaviors(parsed).get(0);
		assertEquals(List.of(2, 2, 2, 2), List.of(behavior.getExpectedOf().size(), behavior.getDuring().size(),
				behavior.getIndicators().size(), behavior.getReinforcedBy().size()));
		assertEquals(3, EngineSections.rituals(parsed).get(0).getAttendedBy().size());
		assertEquals(3, EngineSections.spifs(parsed).get(0).getRoles().size());
	}

	@Test
	void aSketchWithoutNumbersOrBlocksIsLegal() throws Exception {
		Engine parsed = parse("""
				engine Sketch {
				  strategy { objective Grow }
				  structure { role AE team T process P { stage S } }
				  culture { behavior B ritual R }
				  metrics { kpi K }
				  compensation { plan Pl spif Sp }
				}
				""");
		assertEquals(1, EngineSections.plans(parsed).size());
		assertNull(EngineSections.kpis(parsed).get(0).getTarget());
		assertFalse(EngineSections.kpis(parsed).get(0).isSetUnit());
	}

	@Test
	void propertiesMayComeInAnyOrderAndNamesInAnyScript() throws Exception {
		Engine parsed = parse("engine Ünïcode { structure { role Вертрieb { reports to 営業部 headcount 3 } role 営業部 } }");
		assertEquals("Ünïcode", parsed.getName());
		assertEquals("Вертрieb", EngineSections.roles(parsed).get(0).getName());
		assertEquals("営業部", EngineSections.roles(parsed).get(0).getReportsTo().getName());
		assertEquals(3, EngineSections.roles(parsed).get(0).getHeadcount());
	}

	@Test
	void crlfLineEndingsAndByteOrderMarkParse() throws Exception {
		Engine parsed = parse("\uFEFFengine Windows {\r\n  strategy {\r\n    revenue target 2M\r\n  }\r\n}\r\n");
		assertDecimal("2000000", EngineSections.revenueTarget(parsed));
	}

	private Engine parse(String text) throws Exception {
		Engine parsed = parser.parse(text);
		assertTrue(parsed.eResource().getErrors().isEmpty(), () -> parsed.eResource().getErrors().toString());
		return parsed;
	}

	static void assertDecimal(String expected, BigDecimal actual) {
		assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
	}

	/**
	 * The metamodel's lists of values are unique by EMF's default; the parser keeps repeated values anyway, or
	 * {@code 0%, 0%, 10%, 10%} would read as 0%, 10% and shift every tenure month after it.
	 */
	@Test
	void rampSchedulesAndSeasonalityKeepRepeatedValues() throws Exception {
		Engine parsed = parser.parse("engine E { strategy { seasonality 30%, 30%, 20%, 20% }"
				+ " structure { role AE { ramp 0%, 0%, 10%, 10%, 100% by month } } }");
		assertEquals(List.of("0", "0", "0.1", "0.1", "1"), EngineSections.roles(parsed).get(0).getRampSchedule().stream()
				.map(v -> v.stripTrailingZeros().toPlainString()).toList());
		assertEquals(List.of("0.3", "0.3", "0.2", "0.2"), EngineSections.of(parsed, org.salesengine.model.StrategySection.class)
				.get(0).getSeasonality().stream().map(v -> v.stripTrailingZeros().toPlainString()).toList());
	}
}
