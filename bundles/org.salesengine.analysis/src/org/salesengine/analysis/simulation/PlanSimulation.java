package org.salesengine.analysis.simulation;

import java.util.List;

/**
 * One plan over the simulated years; costs are for all reps of the plan's role.
 *
 * @param targetCost          target incentive × headcount
 * @param expectedCost        mean variable pay of the team per year
 * @param p10                 10th percentile of the team's variable pay per year (p50, p90 likewise)
 * @param shareAtOrAbove100   share of rep-years whose weighted attainment (Σ weight × attainment ÷ Σ weight) is at
 *                            least 100%
 * @param shareBelowThreshold share of rep-years below the threshold of at least one measure (they lose that
 *                            measure's incentive)
 * @param drawCost            mean cost per year of the plan's draws that are not recovered (hires × the mean over
 *                            rep-years of what one hire's draw leaves unrecovered); 0 without a draw
 * @param clawedBack          mean incentive per year taken back by the plan's clawback at the simulated churn rate,
 *                            already deducted from expectedCost and the percentiles; 0 without a clawback
 */
public record PlanSimulation(String plan, int headcount, double targetCost, double expectedCost, double p10, double p50,
		double p90, double shareAtOrAbove100, double shareBelowThreshold, List<MeasureSimulation> measures,
		double drawCost, double clawedBack) {

	public PlanSimulation {
		measures = List.copyOf(measures);
	}
}
