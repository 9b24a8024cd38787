package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesengine.testing.Engines.round2;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.capacity.ActivityCoverage;
import org.salesengine.analysis.capacity.ActivityCoverage.MatchedBy;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.KpiQuota;
import org.salesengine.analysis.capacity.QuotaShare;
import org.salesengine.analysis.capacity.StageDemand;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.Amounts;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** Street quota, over-assignment, quota per KPI, and activity capacity against the funnel's need. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class CapacityTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmeStreetQuotaIs17Point7MillionAnd110Point6PercentOfTarget() {
		Capacity capacity = Engines.analyze(loader, TestFiles.example("acme.sales")).capacity();
		assertEquals(17_700_000.0, capacity.streetQuota());
		assertEquals("17.7M", Amounts.brief(capacity.streetQuota()));
		assertEquals(List.of(new QuotaShare("AcmeEmea.AEPlan", "AcmeEmea.AEPlan.NewARR", "individual", 1_100_000, 12, 13_200_000),
				new QuotaShare("AcmeEmea.AMPlan", "AcmeEmea.AMPlan.ExpansionARR", "individual", 900_000, 5, 4_500_000)),
				capacity.streetQuotaShares());
		assertEquals(1.10625, capacity.overAssignment(), 1e-12);
		assertEquals("110.6%", Amounts.percent(capacity.overAssignment()));
	}

	@Test
	void acmeQuotaPerKpiAgainstItsTarget() {
		List<KpiQuota> kpis = Engines.analyze(loader, TestFiles.example("acme.sales")).capacity().kpis();
		assertEquals(List.of("AcmeEmea.NewARR", "AcmeEmea.MeetingsBooked", "AcmeEmea.ExpansionARR"),
				kpis.stream().map(KpiQuota::kpi).toList());
		assertEquals(List.of(13_200_000.0, 1_800.0, 4_500_000.0), kpis.stream().map(KpiQuota::assigned).toList());
		assertEquals(List.of("110%", "100%", "112.5%"), kpis.stream().map(k -> Amounts.percent(k.coverage())).toList());
	}

	@Test
	void acmeSdrMeetingsCover121Point5PercentOfWhatLeavesLead() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.example("acme.sales"));
		List<ActivityCoverage> activities = result.capacity().activities();
		assertEquals(1, activities.size());
		ActivityCoverage sdr = activities.get(0);
		assertEquals("AcmeEmea.SDRPlan.MeetingsBooked", sdr.measure());
		assertEquals("SDR", sdr.role());
		assertEquals(1_800.0, sdr.capacity());
		assertEquals(MatchedBy.STAGE_OWNER, sdr.matchedBy());
		assertEquals(List.of("AcmeEmea.NewBusiness AcmeEmea.Lead 1481.48 3703.7"),
				sdr.demands().stream().map(CapacityTest::describe).toList());
		assertEquals(1481.48, round2(sdr.needed()));
		assertEquals("121.5%", Amounts.percent(sdr.coverage()));
		assertEquals("funnel NewBusiness needs 1,481 out of Lead (3,704 in), the last stage SDR owns (a guess:"
				+ " MeetingsBooked counts no stage); SDR capacity on MeetingsBooked, 180 × 10 = 1,800, covers 121.5%", sdr.comparison());
		// Covered: activity-capacity-short says nothing.
		assertEquals(List.of(), Engines.load(loader, TestFiles.example("acme.sales")).findings());
	}

	@Test
	void shortfallsAreWarningsThatSizeTheGap() {
		List<String> codes = List.of("kpi-under-covered", "kpi-over-covered", "activity-capacity-short");
		List<String> warnings = Engines.load(loader, TestFiles.fixture("org.salesengine.analysis.tests", "capacity.sales"))
				.findings().stream().filter(f -> codes.contains(f.code()) && f.severityLabel().equals("warning"))
				.map(f -> f.code() + ": " + f.message()).toList();
		assertEquals(List.of(
				"kpi-under-covered: quota on KPI NewARR adds up to 9.6M (AEPlan 800k × 12), 80% of its 12M target:"
						+ " if every quota is met, NewARR still misses by 2.4M",
				"kpi-under-covered: quota on KPI Meetings adds up to 1,000 (SDRPlan 100 × 10), 55.6% of its 1,800"
						+ " target: if every quota is met, Meetings still misses by 800",
				"kpi-over-covered: quota on KPI Referrals adds up to 800 (BDRPlan 400 × 2), 800% of its 100 target,"
						+ " above 130% (the default): quotas this far above the target stop being credible",
				"activity-capacity-short: funnel NewBusiness needs 1,481 out of Lead (3,704 in), the last stage SDR"
						+ " owns (a guess: Meetings counts no stage); SDR capacity on Meetings, 100 × 10 = 1,000, covers only 67.5%:"
						+ " short by 481, about 4.8 more SDR at a quota of 100 each"),
				warnings);
	}

	@Test
	void aRoleThatOwnsNoStageIsMatchedThroughTheBehaviorItsKpiIndicates() {
		List<ActivityCoverage> activities = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "capacity.sales")).capacity().activities();
		ActivityCoverage bdr = activities.stream().filter(a -> a.role().equals("BDR")).findFirst().orElseThrow();
		assertEquals(MatchedBy.BEHAVIOR_INDICATOR, bdr.matchedBy());
		assertEquals(List.of("Capacity.NewBusiness Capacity.Proposal 333.33 740.74"),
				bdr.demands().stream().map(CapacityTest::describe).toList());
		assertEquals(2.4, round2(bdr.coverage()));
	}

	@Test
	void aBoundKpiIsComparedWithTheStageItCountsNotWithTheGuess() {
		// The SDRs: 12 × 111 SQOs = 1,332. NewARR 15M ÷ 50k = 300 deals; Close 50% and Proposal 50% need 1,200
		// out of Qualify, which SQOs counts: 1,332 ÷ 1,200 = 111%. Qualify 55.2% needs 2,174 out of Lead, the last
		// stage SDRs own: the unbound SQOs of engine Guessed are compared with those, 1,332 ÷ 2,174 = 61.3%.
		Path folder = TestFiles.fixture("org.salesengine.dsl.tests", "rules/activity-capacity-short");
		ActivityCoverage bound = sdr(Engines.analyze(loader, folder.resolve("bound.sales")));
		assertEquals(MatchedBy.BINDING, bound.matchedBy());
		assertEquals(List.of("Bound.NewBusiness Bound.Qualify 1200.0 2173.91"), bound.demands().stream().map(CapacityTest::describe).toList());
		assertEquals("exits", bound.demands().get(0).flow());
		assertEquals(1200.0, round2(bound.needed()));
		assertEquals(1.11, bound.coverage(), 1e-9);
		assertEquals("funnel NewBusiness needs 1,200 out of Qualify (2,174 in), which SQOs counts; SDR capacity on SQOs,"
				+ " 111 × 12 = 1,332, covers 111%", bound.comparison());
		ActivityCoverage guessed = sdr(Engines.analyze(loader, folder.resolve("unbound.sales")));
		assertEquals(MatchedBy.STAGE_OWNER, guessed.matchedBy());
		assertEquals(2173.91, round2(guessed.needed()));
		assertEquals("61.3%", Amounts.percent(guessed.coverage()));
	}

	private static ActivityCoverage sdr(AnalysisResult result) {
		return result.capacity().activities().stream().filter(a -> a.role().equals("SDR")).findFirst().orElseThrow();
	}

	private static String describe(StageDemand demand) {
		return demand.process() + " " + demand.stage() + " " + round2(demand.neededAtExit()) + " " + round2(demand.neededAtEntry());
	}
}
