package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.AttainmentDistribution;
import org.salesengine.analysis.simulation.AttainmentDistribution.Shape;
import org.salesengine.analysis.simulation.PayoutHistogram;
import org.salesengine.analysis.simulation.PayoutSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/**
 * Soundness of the Monte Carlo: expectations and shares against their closed forms, a cap lowering cost, the effect
 * of correlation, and seeds making runs repeatable. Tolerances are several standard errors wide.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PayoutSimulationTest {
	private static final double TARGET_INCENTIVE = 50_000;
	private static final int REPS = 10;

	@Inject
	private EngineLoader loader;

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aLinearPlanCostsItsTargetIncentiveWhenAttainmentAveragesOneHundredPercent(Shape shape) {
		SimulationResult result = PayoutSimulation.run(List.of(plan(PayoutCurve.LINEAR)),
				new SimulationSettings(20_000, 7, new AttainmentDistribution(shape, 1.0, 0.25), 0));
		assertEquals(TARGET_INCENTIVE * REPS, result.targetCost());
		assertEquals(1.0, result.expectedCost() / result.targetCost(), 0.01);
		assertEquals(200_000, result.repYears());
	}

	@Test
	void aCapStrictlyLowersTheExpectedCost() {
		SimulationSettings settings = SimulationSettings.of(20_000, 11);
		SimulationResult linear = PayoutSimulation.run(List.of(plan(PayoutCurve.LINEAR)), settings);
		SimulationResult capped = PayoutSimulation.run(List.of(plan(PayoutCurve.classic(0, 1, 1, 1.2))), settings);
		assertTrue(capped.expectedCost() < linear.expectedCost());
		// E[min(a, 1.2)] for a ~ N(1, 0.25): 1 − 0.25·(φ(0.8) − 0.8·(1 − Φ(0.8))) = 0.96995
		assertEquals(0.96995, capped.expectedCost() / capped.targetCost(), 0.003);
	}

	@Test
	void sharesAtOrAbove100AndBelowThresholdMatchTheNormalDistribution() {
		SimulationResult result = PayoutSimulation.run(List.of(plan(PayoutCurve.classic(0.5, 1, 1, Double.POSITIVE_INFINITY))),
				SimulationSettings.of(20_000, 3));
		assertEquals(0.5, result.shareAtOrAbove100(), 0.005);
		// Φ(−2): a rep is below 50% two standard deviations under the mean
		assertEquals(0.02275, result.shareBelowThreshold(), 0.002);
		assertEquals(result.shareBelowThreshold(), result.plans().get(0).measures().get(0).shareBelowThreshold());
	}

	@Test
	void percentilesOfTheTeamsYearlyCostFollowItsSpread() {
		SimulationResult result = PayoutSimulation.run(List.of(plan(PayoutCurve.LINEAR)), SimulationSettings.of(50_000, 5));
		// team cost ~ N(500k, 50k · 0.25 · √10): P10 and P90 are 1.2816 standard deviations from the mean
		double sd = TARGET_INCENTIVE * 0.25 * Math.sqrt(REPS);
		assertEquals(500_000 - 1.2816 * sd, result.p10(), 0.01 * 500_000);
		assertEquals(500_000, result.p50(), 0.01 * 500_000);
		assertEquals(500_000 + 1.2816 * sd, result.p90(), 0.01 * 500_000);
		assertEquals(result.p10(), result.plans().get(0).p10());
	}

	@Test
	void theHistogramSplitsTheYearsIntoEqualBinsFromLowestToHighest() {
		// 1, 2, 3, 4 and 10 in 3 bins of width (10 − 1) ÷ 3 = 3: [1, 4) holds 1, 2, 3; [4, 7) holds 4; [7, 10] holds 10.
		PayoutHistogram histogram = PayoutHistogram.of(new double[] { 1, 2, 3, 4, 10 }, 3);
		assertEquals(List.of(new PayoutHistogram.Bin(1, 4, 3), new PayoutHistogram.Bin(4, 7, 1), new PayoutHistogram.Bin(7, 10, 1)),
				histogram.bins());
		assertEquals(5, histogram.years());
		assertEquals(3, histogram.mostYearsInABin());
		// Every year the same: one bin holds them all.
		assertEquals(List.of(new PayoutHistogram.Bin(2, 2, 3)), PayoutHistogram.of(new double[] { 2, 2, 2 }, 3).bins());
	}

	@Test
	void theSimulationsHistogramHoldsEverySimulatedYear() {
		SimulationResult result = PayoutSimulation.run(List.of(plan(PayoutCurve.LINEAR)), SimulationSettings.of(5_000, 5));
		PayoutHistogram histogram = result.histogram();
		assertEquals(PayoutHistogram.BINS, histogram.bins().size());
		assertEquals(5_000, histogram.years());
		// The bins run from the cheapest year to the dearest, so the percentiles lie inside them.
		assertTrue(histogram.bins().get(0).low() <= result.p10());
		assertTrue(histogram.bins().get(PayoutHistogram.BINS - 1).high() >= result.p90());
		for (int b = 1; b < PayoutHistogram.BINS; b++) {
			assertEquals(histogram.bins().get(b - 1).high(), histogram.bins().get(b).low(), 1e-6);
		}
	}

	@Test
	void correlatedMeasuresWidenTheSpreadOfPay() {
		PlanPay twoMeasures = new PlanPay("T.Plan", "Rep", REPS, 100_000, 50_000.0, TARGET_INCENTIVE, List.of(
				new MeasurePay("T.Plan.A", "A", 0.5, TARGET_INCENTIVE / 2, PayoutCurve.LINEAR),
				new MeasurePay("T.Plan.B", "B", 0.5, TARGET_INCENTIVE / 2, PayoutCurve.LINEAR)));
		SimulationResult independent = PayoutSimulation.run(List.of(twoMeasures),
				new SimulationSettings(50_000, 9, AttainmentDistribution.DEFAULT, 0));
		SimulationResult together = PayoutSimulation.run(List.of(twoMeasures),
				new SimulationSettings(50_000, 9, AttainmentDistribution.DEFAULT, 1));
		// a rep's pay is the mean of two attainments: its sd is σ/√2 when independent, σ when fully correlated
		double ratio = (together.p90() - together.p10()) / (independent.p90() - independent.p10());
		assertEquals(Math.sqrt(2), ratio, 0.05);
		assertEquals(independent.targetCost(), together.targetCost());
		assertEquals(1.0, together.expectedCost() / together.targetCost(), 0.01);
	}

	@Test
	void truncationAtZeroEndsEvenWhenMeasuresMoveTogether() {
		PlanPay twoMeasures = new PlanPay("T.Plan", "Rep", REPS, 100_000, 50_000.0, TARGET_INCENTIVE, List.of(
				new MeasurePay("T.Plan.A", "A", 0.5, TARGET_INCENTIVE / 2, PayoutCurve.LINEAR),
				new MeasurePay("T.Plan.B", "B", 0.5, TARGET_INCENTIVE / 2, PayoutCurve.LINEAR)));
		// a third of the draws fall below zero: each must be drawn again, the common factor with it
		SimulationResult result = PayoutSimulation.run(List.of(twoMeasures),
				new SimulationSettings(2_000, 4, new AttainmentDistribution(Shape.NORMAL, 0.3, 0.7), 1));
		assertTrue(result.p10() >= 0);
		// a normal truncated at 0: mean = μ + σ·φ(α)/(1 − Φ(α)) with α = −μ/σ = −0.4286
		assertEquals(0.3 + 0.7 * 0.3639 / 0.6659, result.expectedCost() / result.targetCost(), 0.02);
	}

	@Test
	void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
		AnalysisOptions seeded = AnalysisOptions.simulating(SimulationSettings.of(2_000, 42));
		AnalysisResult first = Engines.analyze(loader, TestFiles.example("acme.sales"), seeded);
		AnalysisResult again = Engines.analyze(loader, TestFiles.example("acme.sales"), seeded);
		AnalysisResult other = Engines.analyze(loader, TestFiles.example("acme.sales"),
				AnalysisOptions.simulating(SimulationSettings.of(2_000, 43)));
		assertEquals(first.simulation(), again.simulation());
		assertNotEquals(first.simulation().expectedCost(), other.simulation().expectedCost());
		assertEquals(1_270_000.0, first.simulation().targetCost(), 1e-6);
		assertEquals(2_000L * 27, first.simulation().repYears());
	}

	@Test
	void settingsRefuseNumbersThatMeanNothing() {
		assertEquals("the number of simulated years must be between 1 and 10000000",
				assertThrows(IllegalArgumentException.class, () -> SimulationSettings.of(0, 1)).getMessage());
		assertEquals("the standard deviation of attainment must be above 0%",
				assertThrows(IllegalArgumentException.class, () -> new AttainmentDistribution(Shape.NORMAL, 1, 0)).getMessage());
		assertEquals("the correlation between measures must be between 0 and 1",
				assertThrows(IllegalArgumentException.class,
						() -> new SimulationSettings(10, 1, AttainmentDistribution.DEFAULT, 1.5)).getMessage());
	}

	private static PlanPay plan(PayoutCurve curve) {
		return new PlanPay("T.Plan", "Rep", REPS, 100_000, 50_000.0, TARGET_INCENTIVE,
				List.of(new MeasurePay("T.Plan.Bookings", "Bookings", 1.0, TARGET_INCENTIVE, curve)));
	}
}
