package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.salesengine.testing.Engines.round2;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.EntryTiming;
import org.salesengine.analysis.capacity.KpiQuota;
import org.salesengine.analysis.capacity.QuarterCapacity;
import org.salesengine.analysis.capacity.RoleCapacity;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.engine.CapacityWaterfall;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** Oracles of the capacity model, credit types, seasonality and pipeline timing, each computed by hand below. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class CapacityModelTest {
	@Inject
	private EngineLoader loader;

	private AnalysisResult analyze(String fixture) {
		return Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", fixture));
	}

	/**
	 * s = 1 − 12%/12 = 0.99; quota 1M; P = 12.
	 * <ul>
	 * <li>10 heads at the start: Σ_{m=1..12} 10 × 0.99^(m−1) = 1000 × (1 − 0.99^12) = 113.615128 head-months;</li>
	 * <li>10 hired in May (m0 = 5), tenure k = 1..8 in May..Dec at 0, 0, 10, 10, 30, 30, 60, 60%:
	 * 10 × (0.1 × 0.99² + 0.1 × 0.99³ + 0.3 × 0.99⁴ + 0.3 × 0.99⁵ + 0.6 × 0.99⁶ + 0.6 × 0.99⁷) = 18.926430;</li>
	 * <li>5 hired in August (m0 = 8), k = 1..5 at 0, 0, 10, 10, 30%: 5 × (0.1 × 0.99² + 0.1 × 0.99³ + 0.3 × 0.99⁴)
	 * = 2.416094;</li>
	 * <li>effective = (113.615128 + 18.926430 + 2.416094) ÷ 12 × 1M = 11,246,471; nominal = (10 + 10 + 5) × 1M = 25M.</li>
	 * <li>no ramp, no attrition: (120 + 10 × 8 + 5 × 5) ÷ 12 × 1M = 18,750,000, so start dates = 6,250,000;</li>
	 * <li>no ramp, attrition as given: (113.615128 + 10 × Σ_{k=1..8} 0.99^(k−1) + 5 × Σ_{k=1..5} 0.99^(k−1)) ÷ 12 × 1M
	 * = 17,947,951, so ramp = 17,947,951 − 11,246,471 = 6,701,480;</li>
	 * <li>ramp as given, no attrition: (120 + 10 × 2.0 + 5 × 0.5) ÷ 12 × 1M = 11,875,000, so attrition = 628,529;</li>
	 * <li>overlap = 25M − 6,250,000 − 6,701,480 − 628,529 − 11,246,471 = 173,520.</li>
	 * </ul>
	 */
	@Test
	void aMonthlyRampTwoHiresAndAttritionGiveTheEffectiveStreetQuota() {
		Capacity capacity = analyze("capacity-model.sales").capacity();
		assertEquals(25_000_000.0, capacity.streetQuota());
		CapacityWaterfall waterfall = capacity.waterfall();
		assertEquals(List.of(25_000_000.0, 6_250_000.0, 6_701_479.75, 628_529.0, 173_520.25, 11_246_471.0),
				List.of(round2(waterfall.nominal()), round2(waterfall.startDates()), round2(waterfall.ramp()),
						round2(waterfall.attrition()), round2(waterfall.overlap()), round2(waterfall.effective())));
		assertEquals(waterfall.nominal(), waterfall.startDates() + waterfall.ramp() + waterfall.attrition() + waterfall.overlap()
				+ waterfall.effective(), 1e-6);
		RoleCapacity ae = capacity.roles().get(0);
		assertEquals(List.of("AE", 10, 15), List.of(ae.role(), ae.headcount(), ae.hires()));
		// Month 7 (July): 10 × 0.99⁶ = 9.414801 + May's hires at k = 3: 10 × 0.99² × 10% = 0.980100 → 10.394901.
		// Month 12: 10 × 0.99¹¹ = 8.953383 + k = 8: 10 × 0.99⁷ × 60% = 5.592238 + k = 5: 5 × 0.99⁴ × 30% = 1.441049.
		assertEquals(List.of(10.0, 9.9, 9.801, 9.70299, 9.60596, 9.5099, 10.394901, 10.290952, 12.109235, 12.478193,
				15.177851, 15.986669), ae.productiveHeads().stream().map(h -> Math.round(h * 1e6) / 1e6).toList());
	}

	/**
	 * 4 heads at the start and 6 hired in April on 25%, 50%, 75% by quarter: tenure months 1-3 at 25%, 4-6 at 50%,
	 * 7-9 (October to December) at 75%. Effective = (4 × 12 + 6 × (3 × 0.25 + 3 × 0.5 + 3 × 0.75)) ÷ 12 × 1.2M
	 * = (48 + 27) ÷ 12 × 1.2M = 7.5M; nominal 10 × 1.2M = 12M; without the ramp (48 + 6 × 9) ÷ 12 × 1.2M = 10.2M, so
	 * start dates 1.8M and ramp 2.7M; no attrition, no overlap.
	 */
	@Test
	void aQuarterlyScheduleHoldsEachValueForThreeTenureMonths() {
		CapacityWaterfall waterfall = analyze("ramp-by-quarter.sales").capacity().waterfall();
		assertEquals(List.of(12_000_000.0, 1_800_000.0, 2_700_000.0, 0.0, 0.0, 7_500_000.0),
				List.of(round2(waterfall.nominal()), round2(waterfall.startDates()), round2(waterfall.ramp()),
						round2(waterfall.attrition()), round2(waterfall.overlap()), round2(waterfall.effective())));
	}

	/**
	 * Quarterly targets: 20M × 19%, 24.5%, 28%, 28.5% = 3.8M, 4.9M, 5.6M, 5.7M. Effective capacity per quarter:
	 * Σ productive heads of its months ÷ 12 × 1M, from the table above: (10 + 9.9 + 9.801) ÷ 12 = 2,475,083.33;
	 * (9.70299 + 9.60596 + 9.5099) ÷ 12 = 2,401,570.88; (10.394901 + 10.290952 + 12.109235) ÷ 12 = 2,732,924.08;
	 * (12.478193 + 15.177851 + 15.986669) ÷ 12 = 3,636,892.70.
	 * <p>
	 * Pipeline timing: DealsWon 200, win rate 50% × 50% = 25%, so 800 first-stage entries; cycle 45 + 30 = 75 days =
	 * 2.5 months, rounded to 3. Entries behind each quarter's deals: 800 × 19% = 152 (50.67 a month), 196 (65.33),
	 * 224 (74.67), 228 (76). Moved back 3 months: January to March enter April to June's 65.33, April to June enter
	 * 74.67, July to September enter 76, October to December nothing this period; the 152 behind January to March's
	 * deals are needed before the period starts.
	 */
	@Test
	void seasonalityGivesQuarterlyTargetsAndTheEntriesEachMonthNeeds() {
		Capacity capacity = analyze("capacity-model.sales").capacity();
		assertEquals(true, capacity.seasonal());
		assertEquals(List.of(3_800_000.0, 4_900_000.0, 5_600_000.0, 5_700_000.0),
				capacity.quarters().stream().map(q -> round2(q.target())).toList());
		assertEquals(List.of(2_475_083.33, 2_401_570.88, 2_732_924.08, 3_636_892.70),
				capacity.quarters().stream().map(q -> round2(q.effective())).toList());
		assertEquals(List.of("2027-01", "2027-04", "2027-07", "2027-10"),
				capacity.quarters().stream().map(QuarterCapacity::firstMonth).toList());
		EntryTiming timing = capacity.timings().get(0);
		assertEquals(List.of("Ramped.Deals", "Ramped.Qualify", 3), List.of(timing.process(), timing.stage(), timing.cycleMonths()));
		assertEquals(List.of(65.33, 65.33, 65.33, 74.67, 74.67, 74.67, 76.0, 76.0, 76.0, 0.0, 0.0, 0.0),
				timing.entries().stream().map(Engines::round2).toList());
		assertEquals(152.0, round2(timing.beforePeriod()));
	}

	/**
	 * Street quota: the strategy is measured by NewARR, so only individual quotas on it count: AE 1M × 10 = 10M; the
	 * manager's overlay (10M) is credit on the same deals and the BDRs' Bookings quota is not on NewARR.
	 * Sourced has no individual quota: the SEs' overlay counts 2 × 1.5M = 3M, the BDRs' pool its 2M once (not × 4);
	 * the coverage is the larger, 3M of 2.5M = 120%, not 5M.
	 */
	@Test
	void overlayAndPooledQuotasAreNeverAddedToIndividualOnes() {
		AnalysisResult result = analyze("credit-types.sales");
		assertEquals(10_000_000.0, result.capacity().streetQuota());
		assertEquals(List.of("Credit.AEPlan.NewARR"),
				result.capacity().streetQuotaShares().stream().map(s -> s.measure()).toList());
		KpiQuota newArr = kpi(result, "Credit.NewARR");
		assertEquals(List.of(10_000_000.0, true), List.of(newArr.assigned(), newArr.individual()));
		KpiQuota sourced = kpi(result, "Credit.Sourced");
		assertEquals(List.of(3_000_000.0, false, 1.2), List.of(sourced.assigned(), sourced.individual(), sourced.coverage()));
		assertEquals(List.of("overlay 3000000.0", "pooled 2000000.0"),
				sourced.shares().stream().map(s -> s.credit() + " " + s.total()).toList());
		MeasurePay manager = result.pay().plans().get(0).measures().get(0);
		assertEquals(List.of("overlay", List.of("Credit.AEPlan.NewARR")), List.of(manager.credit(), manager.creditedOn()));
		// Pay at target is unchanged: the manager earns 150k × 40% at 100%, the overlay's share of its incentive.
		assertEquals(60_000.0, manager.targetIncentive());
	}

	private static KpiQuota kpi(AnalysisResult result, String id) {
		return result.capacity().kpis().stream().filter(k -> k.kpi().equals(id)).findFirst().orElseThrow();
	}
}
