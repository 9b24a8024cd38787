package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.PayoutSimulation;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** Pooled measures draw once per pool and year; overlay measures follow the same year's attainments of their team. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class CreditSimulationTest {
	private static final int YEARS = 20_000;

	@Inject
	private EngineLoader loader;

	private static MeasurePay measure(String id, String credit, double incentive, double quota, List<String> creditedOn) {
		return new MeasurePay(id, "K", 1.0, incentive, PayoutCurve.LINEAR, credit, quota, creditedOn);
	}

	/**
	 * Four BDRs share one pooled attainment a each year, so their team is paid 4 × 10,000 × a: its P90 is
	 * 40,000 × (1 + 1.2816 × 25%) = 52,816 for N(1, 0.25), against 40,000 + 1.2816 × √4 × 2,500 = 46,408 if each drew
	 * its own. And every year the four are at or above 100% together: the count of such rep-years is a multiple of 4.
	 */
	@Test
	void aPooledMeasureIsOneDrawPerPoolAndYear() {
		PlanPay pool = new PlanPay("T.BDRPlan", "BDR", 4, 50_000, 40_000.0, 10_000.0,
				List.of(measure("T.BDRPlan.Sourced", "pooled", 10_000, 2_000_000, List.of())));
		SimulationResult result = PayoutSimulation.run(List.of(pool), SimulationSettings.of(YEARS, 3));
		PlanSimulation bdr = result.plans().get(0);
		assertEquals(52_816, bdr.p90(), 52_816 * 0.01);
		double atOrAbove = bdr.shareAtOrAbove100() * YEARS * 4;
		assertEquals(0, Math.round(atOrAbove) % 4);
	}

	/**
	 * A manager's overlay credited on ten AEs' individual quotas (1M each) is the quota-weighted mean of their
	 * attainments in the same year: Σ 1M × a_i ÷ 10M. With linear curves the manager is paid 20,000 × mean(a) and the
	 * AEs 60,000 × Σ a_i, so every year the manager's pay is exactly 20,000 ÷ (10 × 60,000) = 1/30 of the AEs': the
	 * expected cost and every percentile keep that ratio.
	 */
	@Test
	void anOverlayFollowsTheSimulatedAttainmentsOfItsTeam() {
		PlanPay aes = new PlanPay("T.AEPlan", "AE", 10, 120_000, 60_000.0, 60_000.0,
				List.of(measure("T.AEPlan.NewARR", "individual", 60_000, 1_000_000, List.of())));
		PlanPay manager = new PlanPay("T.ManagerPlan", "Manager", 1, 100_000, 80_000.0, 20_000.0,
				List.of(measure("T.ManagerPlan.NewARR", "overlay", 20_000, 10_000_000, List.of("T.AEPlan.NewARR"))));
		SimulationResult result = PayoutSimulation.run(List.of(manager, aes), SimulationSettings.of(YEARS, 5));
		PlanSimulation m = result.plans().get(0);
		PlanSimulation a = result.plans().get(1);
		for (double[] pair : new double[][] { { m.expectedCost(), a.expectedCost() }, { m.p10(), a.p10() },
				{ m.p50(), a.p50() }, { m.p90(), a.p90() } }) {
			assertEquals(1.0 / 30, pair[0] / pair[1], 1e-9);
		}
		// Not drawn on its own: its own draw would spread 20,000 × 25% around 20,000, the team's mean only by 25% ÷ √10.
		assertEquals(20_000 * (1 + 1.2816 * 0.25 / Math.sqrt(10)), m.p90(), 20_000 * 0.01);
	}

	@Test
	void anOverlayCreditedOnNoIndividualQuotaIsDrawnOnItsOwnWithANote() {
		var result = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "credit-types.sales"),
				AnalysisOptions.simulating(SimulationSettings.of(100, 1)));
		List<String> notes = result.notes().stream().filter(n -> n.topic() == AnalysisNote.Topic.SIMULATION)
				.map(AnalysisNote::reason).toList();
		assertEquals(List.of("overlay measure Sourced in plan SEPlan is drawn on its own: it is credited on no simulated"
				+ " individual quota of its team"), notes);
		assertTrue(result.simulation() != null);
	}
}
