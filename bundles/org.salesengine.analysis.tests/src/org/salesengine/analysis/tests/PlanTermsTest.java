package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.capacity.TerritoryCapacity;
import org.salesengine.analysis.pay.DrawPay;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PeriodPayout;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.pay.SpifPay;
import org.salesengine.analysis.simulation.AttainmentDistribution;
import org.salesengine.analysis.simulation.PayoutSimulation;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.engine.PayoutCurve;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/**
 * The mechanics of real plans on fixtures/plan-terms.sales, by value: the tiered curve, quotas by quarter paid
 * quarterly, the MBO, draws, the clawback, the percentage SPIF and the territories.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PlanTermsTest {
	private static final double EPS = 1e-9;

	@Inject
	private EngineLoader loader;

	private AnalysisResult terms() {
		return Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "plan-terms.sales"));
	}

	private static PlanPay plan(AnalysisResult result, String id) {
		return result.pay().plans().stream().filter(p -> p.plan().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void theTieredCurvePaysTheTargetIncentiveAtQuotaAndReachesItsCapAt206Percent() {
		MeasurePay measure = plan(terms(), "Terms.MMPlan").measures().get(0);
		PayoutCurve curve = measure.curve();
		// 0.5 × 50% + 1.5 × 50% = 1.0 at 100%; + 1.5 × 25% = 1.375 at 125%; + 2 × 25% = 1.875 at 150%.
		assertEquals(1.0, curve.factor(1.0), EPS);
		assertEquals(1.375, curve.factor(1.25), EPS);
		assertEquals(1.875, curve.factor(1.5), EPS);
		// 0.5 × 40% = 0.2 at 40%: the decelerator below 50%.
		assertEquals(0.2, curve.factor(0.4), EPS);
		// The cap 3.0: 1.875 + 2 × (a − 1.5) = 3 ⇒ a = 2.0625.
		assertEquals(2.0625, curve.capReachedAt(), EPS);
		assertEquals(3.0, curve.factor(2.0625), EPS);
		assertEquals(3.0, curve.factor(2.5), EPS);
		assertTrue(curve.factor(2.06) < 3.0);
	}

	@Test
	void thePayoutTableOfTheTieredCurve() {
		PlanPay plan = plan(terms(), "Terms.MMPlan");
		// Target incentive 100k × 50% = 50k; the measure weighs 90%: 45k; the MBO 10%: 5k, paid as attained.
		PayoutTable table = PayoutTable.of(plan, List.of(1.0, 1.25, 1.5, 2.0625, 2.5));
		assertEquals(List.of("NewARRMM", "AccountPlans"), table.measures());
		List<Double> measure = table.rows().stream().map(r -> r.payouts().get(0)).toList();
		// 45k × 1.0, × 1.375, × 1.875, × 3 (capped from 206.25%), × 3.
		assertEquals(List.of(45_000.0, 61_875.0, 84_375.0, 135_000.0, 135_000.0), measure);
		assertEquals(List.of(5_000.0, 5_000.0, 5_000.0, 5_000.0, 5_000.0), table.rows().stream().map(r -> r.payouts().get(1)).toList());
		assertEquals(50_000.0, table.rows().get(0).total(), EPS);
	}

	@Test
	void theMboIsPaidAtItsWeightInPayAtTarget() {
		PlanPay plan = plan(terms(), "Terms.MMPlan");
		MeasurePay mbo = plan.measures().get(1);
		assertTrue(mbo.isMbo());
		assertEquals("Terms.AccountPlans", mbo.measure());
		// 50k target incentive × 10%.
		assertEquals(5_000.0, mbo.targetIncentive(), EPS);
		assertEquals(0.8, mbo.chance(), EPS);
		assertEquals(50_000.0, plan.measures().stream().mapToDouble(MeasurePay::targetIncentive).sum(), EPS);
	}

	@Test
	void quarterlyQuotasArePaidQuarterByQuarterAtTheSeasonality() {
		List<PeriodPayout> payouts = terms().periodPayouts();
		assertEquals(1, payouts.size());
		PeriodPayout payout = payouts.get(0);
		assertEquals("quarterly", payout.payout());
		// The year's quota 900k sold at 19%, 24.5%, 28%, 28.5%: 171k, 220.5k, 252k, 256.5k against the quarters' quotas
		// 180k, 225k, 225k, 270k: attainments 95%, 98%, 112%, 95%. Each quarter's incentive is 45k × its quota ÷ 900k:
		// 9k, 11.25k, 11.25k, 13.5k, paid × f: f(0.95) = 0.25 + 1.5 × 0.45 = 0.925, f(0.98) = 0.97, f(1.12) = 1.18.
		assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), payout.rows().stream().map(PeriodPayout.Row::label).toList());
		double[] quota = { 180_000, 225_000, 225_000, 270_000 };
		double[] sold = { 171_000, 220_500, 252_000, 256_500 };
		double[] attainment = { 0.95, 0.98, 1.12, 0.95 };
		double[] incentive = { 9_000, 11_250, 11_250, 13_500 };
		double[] paid = { 8_325, 10_912.5, 13_275, 12_487.5 };
		for (int q = 0; q < 4; q++) {
			PeriodPayout.Row row = payout.rows().get(q);
			assertEquals(quota[q], row.quota(), 1e-6);
			assertEquals(sold[q], row.sold(), 1e-6);
			assertEquals(attainment[q], row.attainment(), 1e-9);
			assertEquals(incentive[q], row.incentive(), 1e-6);
			assertEquals(paid[q], row.payout(), 1e-6);
		}
		// All four attainments fall in the 1.5x part (50% to 125%), where misses and overshoots cancel: 45k in all.
		assertEquals(45_000, payout.total(), 1e-6);
		assertEquals(45_000, payout.annual(), 1e-6);
	}

	@Test
	void aNonRecoverableDrawCostsItsHiresAtTargetAndARecoverableOneNothing() {
		AnalysisResult result = terms();
		// 10k × 3 months to each of the 2 AEMM hires: 60k.
		DrawPay mm = plan(result, "Terms.MMPlan").draw();
		assertEquals(2, mm.hires());
		assertEquals(30_000, mm.perHead(), EPS);
		assertEquals(60_000, mm.costAtTarget(), EPS);
		// Recoverable, and AEEmea hires nobody: 0.
		DrawPay emea = plan(result, "Terms.EmeaPlan").draw();
		assertEquals(0, emea.costAtTarget(), EPS);
		assertEquals(60_000, result.pay().drawCost(), EPS);
		assertNull(plan(result, "Terms.NaPlan").draw());
		// A recoverable 16k draw against 10k earned leaves 6k unrecovered; against 20k, nothing.
		assertEquals(6_000, emea.unrecovered(10_000), EPS);
		assertEquals(0, emea.unrecovered(20_000), EPS);
		assertEquals(90, plan(result, "Terms.MMPlan").clawbackDays());
	}

	@Test
	void aPercentageSpifCostsItsShareOfTheTargetOverItsWindow() {
		PayAtTarget pay = terms().pay();
		assertEquals(1, pay.spifs().size());
		SpifPay spif = pay.spifs().get(0);
		// January to June 2027: 31 + 28 + 31 + 30 + 31 + 30 = 181 of 365 days; 2% × 9M × 181 / 365 = 89,260.27.
		assertEquals(181.0 / 365, spif.windowShare(), EPS);
		assertEquals(0.02 * 9_000_000 * 181 / 365, spif.cost(), 1e-6);
		assertEquals(89_260.27, spif.cost(), 0.01);
	}

	@Test
	void territoriesRollUpTheirTeamsQuotasAgainstTheirProcessesTargets() {
		List<TerritoryCapacity> territories = terms().territories();
		assertEquals(List.of("Emea", "Na"), territories.stream().map(TerritoryCapacity::name).toList());
		TerritoryCapacity emea = territories.get(0);
		// EmeaTeam: Manager (no quota) and 4 AEEmea × 1.5M = 6M against ArrEmea's 5M: 120%. Enterprise is not covered.
		assertEquals(List.of("Manager", "AEEmea"), emea.roles());
		assertEquals(5, emea.heads());
		assertEquals(6_000_000, emea.streetQuota(), 1e-6);
		assertEquals(5_000_000, emea.target(), 1e-6);
		assertEquals(1.2, emea.coverage(), EPS);
		assertEquals(List.of("Enterprise"), emea.uncovered());
		// NaTeam: 3 AENa × 1.2M = 3.6M against ArrNa's 4M: 90%.
		TerritoryCapacity na = territories.get(1);
		assertEquals(3_600_000, na.streetQuota(), 1e-6);
		assertEquals(0.9, na.coverage(), EPS);
		assertEquals(List.of(), na.uncovered());
	}

	@Test
	void theSimulationDrawsTheMboAtItsChanceAndTakesTheClawbackBack() {
		PlanPay plan = plan(terms(), "Terms.MMPlan");
		// Attainment is 100% every year (a standard deviation of 0.0001%), so the measure earns 45k and 10% of it churns
		// back: 40.5k paid; the MBO pays 5k four years in five: 4k on average.
		SimulationSettings settings = new SimulationSettings(20_000, 11,
				new AttainmentDistribution(AttainmentDistribution.Shape.NORMAL, 1.0, 0.000001), 0, 0.1);
		PlanSimulation simulated = PayoutSimulation.run(List.of(plan), settings).plans().get(0);
		assertEquals(0.8, simulated.measures().get(1).expectedPayout() / 5_000, 0.01);
		assertEquals(40_500, simulated.measures().get(0).expectedPayout(), 1);
		// 10 reps × 4.5k clawed back a year.
		assertEquals(45_000, simulated.clawedBack(), 10);
		// The non-recoverable draw: 2 hires × 30k a year.
		assertEquals(60_000, simulated.drawCost(), EPS);
	}
}
