package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.salesengine.testing.Engines.round2;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** Funnel back-solve: deals needed, volume needed at each stage's entry, win rate and cycle. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class FunnelBackSolveTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmeNewBusinessNeeds3704LeadsFor267Deals() {
		Funnel funnel = Engines.analyze(loader, TestFiles.example("acme.sales")).funnel("NewBusiness");
		assertEquals("AcmeEmea.NewBusiness", funnel.process());
		assertEquals("NewARR", funnel.kpi());
		assertEquals(266.67, round2(funnel.dealsNeeded()));
		assertEquals(List.of("AcmeEmea.Lead", "AcmeEmea.Discovery", "AcmeEmea.Proposal", "AcmeEmea.Negotiate"),
				funnel.stages().stream().map(StageNeed::stage).toList());
		assertEquals(List.of(3703.70, 1481.48, 740.74, 333.33), funnel.stages().stream().map(s -> round2(s.neededAtEntry())).toList());
		assertEquals(List.of(1481.48, 740.74, 333.33, 266.67), funnel.stages().stream().map(s -> round2(s.neededAtExit())).toList());
		assertEquals(List.of("SDR", "AE", "AE", "AE"), funnel.stages().stream().map(StageNeed::owner).toList());
		assertEquals(0.072, funnel.winRate(), 1e-12);
		assertEquals(75, funnel.cycleDays());
		assertEquals(3703.70, round2(funnel.neededAtTop()));
	}

	@Test
	void acmeRenewalNeeds370ReviewsFor200Deals() {
		Funnel funnel = Engines.analyze(loader, TestFiles.example("acme.sales")).funnel("Renewal");
		assertEquals(200.0, round2(funnel.dealsNeeded()));
		assertEquals(List.of(370.37, 333.33), funnel.stages().stream().map(s -> round2(s.neededAtEntry())).toList());
		assertEquals(0.54, funnel.winRate(), 1e-12);
		assertEquals(50, funnel.cycleDays());
	}

	@Test
	void aCountKpiIsTheDealsNeededAndAMonthIs30Days() {
		Funnel funnel = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "funnels.sales")).funnel("Counted");
		assertNull(funnel.averageDeal());
		assertEquals(100.0, funnel.dealsNeeded());
		assertEquals(List.of(800.0, 400.0), funnel.stages().stream().map(s -> round2(s.neededAtEntry())).toList());
		assertEquals(60, funnel.stages().get(0).durationDays());
		assertEquals(75, funnel.cycleDays());
		assertEquals(0.125, funnel.winRate(), 1e-12);
	}

	@Test
	void processesThatCannotBeSizedSayWhyAndCountAgainstStructure() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "funnels.sales"));
		assertEquals(List.of("Funnels.Counted"), result.funnels().stream().map(Funnel::process).toList());
		List<String> reasons = List.of(
				"process NoTarget is not sized: KPI Bookings it produces has no target",
				"process NoAverage is not sized: it has no average deal to turn Revenue 1M into deals",
				"process NoConversion is not sized: stage Two has no conversion");
		assertEquals(reasons, result.notes().stream().filter(n -> n.topic() == AnalysisNote.Topic.FUNNEL).map(AnalysisNote::reason).toList());
		assertEquals(reasons, Engines.load(loader, TestFiles.fixture("org.salesengine.analysis.tests", "funnels.sales"))
				.findings().stream().filter(f -> f.code().equals("funnel-not-sized")).map(Finding::message).toList());
	}

	@Test
	void brokenProcessIsNotSizedAndTheFindingPointsAtItsName() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.example("broken.sales"));
		assertEquals(List.of(), result.funnels());
		Finding finding = Engines.load(loader, TestFiles.example("broken.sales")).findings().stream()
				.filter(f -> f.code().equals("funnel-not-sized")).findFirst().orElseThrow();
		assertEquals("process Enterprise2 is not sized: it produces no KPI, so no target drives its funnel", finding.message());
		assertEquals("Initech.Enterprise2", finding.element());
		assertEquals("warning", finding.severityLabel());
		assertEquals(19, finding.line());
		assertEquals(13, finding.column());
		assertEquals(TestFiles.example("broken.sales").toAbsolutePath().normalize(),
				java.nio.file.Path.of(finding.file()).toAbsolutePath().normalize());
	}
}
