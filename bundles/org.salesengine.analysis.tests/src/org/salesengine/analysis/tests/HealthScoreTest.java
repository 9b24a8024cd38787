package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.salesengine.analysis.health.ScoredCause;
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
		// Velocity's and WinShare's formula-cycle errors are one cause, the cycle: weights 20 (Velocity serves no
		// objective) and 40 (WinShare serves the priority-1 objective), penalty min(20 + 40, 40 × (1 + log2 2)) = 60.
		assertEquals(List.of("the formula cycle of KPIs Velocity, WinShare (2 findings, one cause): a KPI formula depends on itself, directly or through other KPIs",
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
	void aCauseCountsOnceWeightedByHowManyFindingsItHas() {
		// max × (1 + log2 n), never more than the sum: one finding costs its weight; two of 10 cost 20; seven
		// warnings of 10 (on the priority-1 objective) cost 10 × (1 + log2 7) = 38.07 instead of 70; 20 and 40 cost 60.
		assertEquals(10.0, HealthScoring.causePenalty(List.of(10.0)));
		assertEquals(20.0, HealthScoring.causePenalty(List.of(10.0, 10.0)), 1e-12);
		assertEquals(10 * (1 + Math.log(7) / Math.log(2)), HealthScoring.causePenalty(java.util.Collections.nCopies(7, 10.0)), 1e-12);
		assertEquals(38.07, Math.round(HealthScoring.causePenalty(java.util.Collections.nCopies(7, 10.0)) * 100) / 100.0);
		assertEquals(60.0, HealthScoring.causePenalty(List.of(20.0, 40.0)), 1e-12);
		assertEquals(0.0, HealthScoring.causePenalty(List.of(0.0, 0.0)));
	}

	@Test
	void brokenCountsTheFormulaCycleAsOneCauseWithItsPenaltySharedByItsFindings() {
		PillarHealth metrics = Engines.analyze(loader, TestFiles.example("broken.sales")).health().pillar(HealthPillar.METRICS_COMPENSATION);
		ScoredCause cycle = metrics.causes().get(0);
		assertEquals("formula-cycle@Initech.Velocity+Initech.WinShare", cycle.cause());
		assertEquals(60.0, cycle.penalty(), 1e-12);
		assertEquals("Enterprise", cycle.objective());
		// Each finding carries its share, in proportion to its weight: 60 × 20/60 and 60 × 40/60.
		assertEquals(List.of(20.0, 40.0), cycle.findings().stream().map(ScoredFinding::penalty).toList());
		// 16 findings, 15 causes: only the cycle repeats. The pillar's penalty is the sum over causes, and over findings.
		assertEquals(16, metrics.findings().size());
		assertEquals(15, metrics.causes().size());
		assertEquals(metrics.penalty(), metrics.causes().stream().mapToDouble(ScoredCause::penalty).sum(), 1e-9);
		assertEquals(metrics.penalty(), metrics.findings().stream().mapToDouble(ScoredFinding::penalty).sum(), 1e-9);
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
		// The parser stops at the brace after 'quota', where a value (or a list of quotas by period) was expected.
		ScoredFinding invalid = metrics.findings().stream().filter(f -> f.finding().code().equals("syntax")).findFirst().orElseThrow();
		assertEquals(27, invalid.finding().line());
		assertTrue(invalid.finding().message().startsWith("quota needs a value"), invalid.finding().message());
		assertEquals(40.0, invalid.penalty());
	}

	private static String describe(PillarHealth pillar) {
		return pillar.pillar().id() + " " + pillar.score() + " " + pillar.penalty() + " " + pillar.errors() + "/" + pillar.warnings()
				+ "/" + pillar.infos();
	}
}
