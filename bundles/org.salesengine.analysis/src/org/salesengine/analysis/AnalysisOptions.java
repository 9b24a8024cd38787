package org.salesengine.analysis;

import java.util.List;

import org.salesengine.analysis.simulation.SimulationSettings;

/**
 * What to compute beyond the deterministic figures.
 *
 * @param payoutAttainments the attainments of the payout tables (1.0 is 100%)
 * @param simulation        the payout simulation to run, or null for none
 */
public record AnalysisOptions(List<Double> payoutAttainments, SimulationSettings simulation) {

	/** 50%, 75%, 100%, 125%, 150%, 200%: from a bad year to a great one. */
	public static final List<Double> PAYOUT_ATTAINMENTS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 2.0);

	public static final AnalysisOptions DEFAULT = new AnalysisOptions(PAYOUT_ATTAINMENTS, null);

	public AnalysisOptions {
		payoutAttainments = List.copyOf(payoutAttainments);
	}

	public static AnalysisOptions simulating(SimulationSettings simulation) {
		return new AnalysisOptions(PAYOUT_ATTAINMENTS, simulation);
	}
}
