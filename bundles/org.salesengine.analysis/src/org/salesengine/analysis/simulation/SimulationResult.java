package org.salesengine.analysis.simulation;

import java.util.List;

/**
 * The payout simulation over all simulated plans. Percentiles interpolate linearly between the closest ranks (as
 * spreadsheets' PERCENTILE.INC does).
 *
 * @param repYears            simulated years × reps per year
 * @param targetCost          variable pay at target of the simulated plans, per year
 * @param expectedCost        mean total variable pay per year
 * @param p10                 10th percentile of total variable pay per year (p50, p90 likewise)
 * @param shareAtOrAbove100   over all rep-years, as in {@link PlanSimulation}
 * @param shareBelowThreshold over all rep-years, as in {@link PlanSimulation}
 * @param histogram           how the years' total variable pay is spread ({@link PayoutHistogram#BINS} bins)
 */
public record SimulationResult(SimulationSettings settings, long repYears, double targetCost, double expectedCost,
		double p10, double p50, double p90, double shareAtOrAbove100, double shareBelowThreshold,
		List<PlanSimulation> plans, PayoutHistogram histogram) {

	public SimulationResult {
		plans = List.copyOf(plans);
	}
}
