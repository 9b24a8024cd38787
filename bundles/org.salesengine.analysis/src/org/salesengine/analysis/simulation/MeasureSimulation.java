package org.salesengine.analysis.simulation;

/**
 * One measure over all simulated rep-years.
 *
 * @param expectedPayout      mean payout per rep-year
 * @param shareAtOrAbove100   share of rep-years with attainment of at least 100% on this measure
 * @param shareBelowThreshold share of rep-years below its threshold (0 without a threshold)
 * @param payout              "quarterly" or "monthly" when the measure is paid period by period, else null
 * @param periods             how many periods it is paid in (4, 12), 0 when paid on the year
 * @param annualPayout        for a measure paid per period, the mean payout per rep-year the same draws would have
 *                            paid on the year's attainment; null otherwise
 */
public record MeasureSimulation(String measure, String kpi, double targetIncentive, double expectedPayout,
		double shareAtOrAbove100, double shareBelowThreshold, String payout, int periods, Double annualPayout) {

	public boolean paidPerPeriod() {
		return payout != null;
	}
}
