package org.salesengine.analysis.simulation;

/**
 * One measure over all simulated rep-years.
 *
 * @param expectedPayout      mean payout per rep-year
 * @param shareAtOrAbove100   share of rep-years with attainment of at least 100% on this measure
 * @param shareBelowThreshold share of rep-years below its threshold (0 without a threshold)
 */
public record MeasureSimulation(String measure, String kpi, double targetIncentive, double expectedPayout,
		double shareAtOrAbove100, double shareBelowThreshold) {
}
