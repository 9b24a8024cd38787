package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.health.BiggestShift;
import org.salesengine.analysis.health.BiggestShift.Basis;
import org.salesengine.analysis.health.Health;
import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.analysis.health.HealthScoring;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.PillarMapping;
import org.salesengine.analysis.health.ScoredFinding;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.validation.Rule;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** Findings grouped by health pillar, scored by severity and objective priority, and the biggest shift. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class HealthScoreTest {
	@Inject
	private EngineLoader loader;

	@Test
	void brokenRanksMetricsAndCompensationWeakest() {
		Health health = Engines.analyze(loader, TestFiles.example("broken.sales")).health();
		assertEquals(List.of("metrics-compensation 25 295.0 7/9/0", "structure-process 67 50.0 2/2/0",
				"culture-behavior 74 35.0 0/5/0", "strategy 93 7.5 0/1/0"),
				health.pillars().stream().map(HealthScoreTest::describe).toList());
	}

	@Test
	void brokenBiggestShiftGivesTheHeaviestFindingsAsReasons() {
		BiggestShift shift = Engines.analyze(loader, TestFiles.example("broken.sales")).health().biggestShift();
		assertEquals(HealthPillar.METRICS_COMPENSATION, shift.pillar());
		assertEquals(Basis.FINDINGS, shift.basis());
		assertEquals("Strengthen metrics & compensation first: it scores 25/100, with 7 errors and 9 warnings.", shift.headline());
		assertEquals(List.of("KPI WinShare depends on itself: WinShare → Velocity → WinShare",
				"plan AEPlan: measure weights sum to 95%, not 100% (Bookings 60%, Calls 25%, WinShare 5%, Velocity 5%)",
				"plan AEPlan: pay mix 50/40 sums to 90, not 100"), shift.reasons());
	}

	@Test
	void findingsOnHigherPriorityObjectivesWeighMore() {
		Health health = Engines.analyze(loader, TestFiles.example("broken.sales")).health();
		ScoredFinding unmeasured = health.pillar(HealthPillar.STRATEGY).findings().get(0);
		assertEquals("unmeasured-objective", unmeasured.finding().code());
		assertEquals("Partners", unmeasured.objective());
		assertEquals(2, unmeasured.priority());
		assertEquals(7.5, unmeasured.penalty());
		Map<String, Double> unreviewed = new TreeMap<>();
		health.pillar(HealthPillar.CULTURE_BEHAVIOR).findings().stream().filter(f -> f.finding().code().equals("unreviewed-kpi"))
				.forEach(f -> unreviewed.put(f.finding().element(), f.penalty()));
		assertEquals(Map.of("Initech.Bookings", 10.0, "Initech.Calls", 5.0, "Initech.Velocity", 5.0, "Initech.WinShare", 10.0),
				unreviewed);
	}

	@Test
	void theScoreFormula() {
		assertEquals(2.0, HealthScoring.priorityFactor(1));
		assertEquals(1.5, HealthScoring.priorityFactor(2));
		assertEquals(1.0, HealthScoring.priorityFactor(null));
		assertEquals(100, HealthScoring.score(0));
		assertEquals(50, HealthScoring.score(100));
		assertEquals(25, HealthScoring.score(300));
	}

	@Test
	void acmeIsCleanSoTheBiggestShiftIsItsBestFunnelLever() {
		Health health = Engines.analyze(loader, TestFiles.example("acme.sales")).health();
		// No finding at all: activity-capacity-short is silent when the SDRs' meetings cover the funnel.
		assertEquals(List.of("strategy 100 0.0 0/0/0", "structure-process 100 0.0 0/0/0", "culture-behavior 100 0.0 0/0/0",
				"metrics-compensation 100 0.0 0/0/0"), health.pillars().stream().map(HealthScoreTest::describe).toList());
		BiggestShift shift = health.biggestShift();
		assertEquals(Basis.FUNNEL, shift.basis());
		assertEquals(HealthPillar.STRUCTURE_PROCESS, shift.pillar());
		assertEquals("All four pillars are clean; the biggest shift left is conversion at stage Lead of process NewBusiness, owned by SDR.",
				shift.headline());
		assertEquals(List.of("+5 points at Lead of NewBusiness (SDR, 40% → 45%): +33 deals, +1.5M NewARR",
				"+5 points at Proposal of NewBusiness (AE, 45% → 50%): +30 deals, +1.33M NewARR",
				"+5 points at Discovery of NewBusiness (AE, 50% → 55%): +27 deals, +1.2M NewARR"), shift.reasons());
	}

	@Test
	void everyRuleMapsToAHealthPillarAsDocumented() {
		Map<String, String> expected = new TreeMap<>();
		for (Rule rule : Rule.values()) {
			HealthPillar pillar = PillarMapping.ofCode(rule.code());
			expected.put(rule.code(), pillar == null ? "by element" : pillar.id());
		}
		assertEquals("strategy", expected.get("unmeasured-objective"));
		assertEquals("structure-process", expected.get("conversion-out-of-range"));
		assertEquals("culture-behavior", expected.get("unreviewed-kpi"));
		assertEquals("metrics-compensation", expected.get("formula-cycle"));
		assertEquals("metrics-compensation", expected.get("weights-not-100"));
		for (String crossPillar : List.of("misaligned-incentive", "unrewarded-priority", "quota-under-assigned", "quota-over-assigned")) {
			assertEquals("metrics-compensation", expected.get(crossPillar), crossPillar);
		}
		for (String hygiene : List.of("syntax", "invalid-value", "encoding", "unresolved-reference", "duplicate-name", "duplicate-setting")) {
			assertEquals("by element", expected.get(hygiene), hygiene);
		}
		// The numbers' rules count where the analysis's own findings used to.
		assertEquals("structure-process", expected.get("funnel-not-sized"));
		assertEquals("structure-process", expected.get("activity-capacity-short"));
		assertEquals("strategy", expected.get("target-outside-funnels"));
		assertEquals("metrics-compensation", expected.get("kpi-under-covered"));
		assertEquals("metrics-compensation", expected.get("ccos-out-of-band"));
		assertEquals("metrics-compensation", expected.get("capacity-short"));
		assertNull(PillarMapping.ofCode("not-a-code"));
	}

	@Test
	void aValueErrorInsideAPlanCountsAgainstMetricsAndCompensation() {
		Health health = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "syntax-in-plan.sales")).health();
		PillarHealth metrics = health.pillar(HealthPillar.METRICS_COMPENSATION);
		ScoredFinding invalid = metrics.findings().stream().filter(f -> f.finding().code().equals("invalid-value")).findFirst().orElseThrow();
		assertEquals(26, invalid.finding().line());
		assertEquals(40.0, invalid.penalty());
	}

	private static String describe(PillarHealth pillar) {
		return pillar.pillar().id() + " " + pillar.score() + " " + pillar.penalty() + " " + pillar.errors() + "/" + pillar.warnings()
				+ "/" + pillar.infos();
	}
}
