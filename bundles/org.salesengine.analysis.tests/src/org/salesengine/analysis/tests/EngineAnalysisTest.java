package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** The entry point: engines with errors are analysed as far as their numbers go; results cannot be changed. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class EngineAnalysisTest {
	@Inject
	private EngineLoader loader;

	@Test
	void brokenIsAnalysedWhereTheNumbersAllowAndSaysWhatItSkipped() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.example("broken.sales"),
				AnalysisOptions.simulating(SimulationSettings.of(1_000, 1)));
		assertEquals(8_000_000.0, result.capacity().streetQuota());
		assertEquals(0.8, result.capacity().overAssignment(), 1e-12);
		assertNull(result.simulation());
		assertEquals(List.of(
				"funnel: process Enterprise2 is not sized: it produces no KPI, so no target drives its funnel",
				"capacity: activity measure Calls in plan AEPlan is not compared with the funnel: no sized funnel has a stage its role owns or a behavior it indicates",
				"pay: plan AEPlan has a pay mix 50/40 that does not add up to 100: base and target incentive are unknown",
				"pay: the totals of base and variable pay leave out plan AEPlan: its pay mix does not split its OTE",
				"simulation: no simulation: plan AEPlan has no known target incentive"),
				result.notes().stream().map(n -> n.topic().label() + ": " + n.reason()).toList());
	}

	@Test
	void anEngineSplitOverFilesIsAnalysedWholeWithOnlyItsOwnFindings() throws Exception {
		LoadedEngines loaded = loader.load(List.of(TestFiles.fixture("org.salesengine.analysis.tests", "split")));
		WholeEngine split = loaded.engines().stream().filter(e -> e.name().equals("Split")).findFirst().orElseThrow();
		List<Finding> findings = EngineFindings.of(loaded, split);
		assertEquals(List.of("no-leading-indicator", "unreviewed-kpi"), findings.stream().map(Finding::code).toList());
		AnalysisResult result = EngineAnalysis.analyze(split, findings, AnalysisOptions.DEFAULT);
		assertEquals(2_400_000.0, result.capacity().streetQuota());
		assertEquals(1.2, result.capacity().overAssignment(), 1e-12);
		assertEquals(0.24, result.pay().costOfSales(), 1e-12);
		// Other's unmeasured-objective and unrewarded-priority would land in strategy and metrics & compensation
		assertEquals(List.of(), codes(result, HealthPillar.STRATEGY));
		assertEquals(List.of("no-leading-indicator"), codes(result, HealthPillar.METRICS_COMPENSATION));
		assertEquals(List.of("unreviewed-kpi"), codes(result, HealthPillar.CULTURE_BEHAVIOR));
	}

	private static List<String> codes(AnalysisResult result, HealthPillar pillar) {
		return result.health().pillar(pillar).findings().stream().map(f -> f.finding().code()).toList();
	}

	@Test
	void resultsAreImmutable() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.example("acme.sales"));
		assertThrows(UnsupportedOperationException.class, () -> result.funnels().clear());
		assertThrows(UnsupportedOperationException.class, () -> result.funnels().get(0).stages().clear());
		assertThrows(UnsupportedOperationException.class, () -> result.pay().plans().get(0).measures().clear());
		assertThrows(UnsupportedOperationException.class, () -> result.health().pillars().get(0).findings().clear());
		assertThrows(UnsupportedOperationException.class, () -> result.notes().add(new AnalysisNote(AnalysisNote.Topic.PAY, "", "")));
	}
}
