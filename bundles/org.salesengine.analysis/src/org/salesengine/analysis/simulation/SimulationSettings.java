package org.salesengine.analysis.simulation;

/**
 * How to simulate: how many years of the whole sales force, the seed that makes a run repeatable, the attainment
 * distribution, and the correlation between one rep's measures (0: independent; 1: the same draw on every measure,
 * as when one good year lifts everything).
 *
 * @param years one simulated year draws every rep of every plan once, so it is headcount rep-years
 * @param churn the share of sold business that churns within a clawback window: plans with a clawback take back that
 *              share of the incentive paid on their measures (0: nothing churns)
 */
public record SimulationSettings(long years, long seed, AttainmentDistribution distribution, double correlation,
		double churn) {
	/** Keeps the per-year totals (one double per year and plan) within a few hundred MB. */
	public static final long MAX_YEARS = 10_000_000;

	public SimulationSettings {
		if (years < 1 || years > MAX_YEARS) {
			throw new IllegalArgumentException("the number of simulated years must be between 1 and " + MAX_YEARS);
		}
		if (distribution == null) {
			throw new IllegalArgumentException("the simulation needs an attainment distribution");
		}
		if (!(correlation >= 0 && correlation <= 1)) {
			throw new IllegalArgumentException("the correlation between measures must be between 0 and 1");
		}
		if (!(churn >= 0 && churn <= 1)) {
			throw new IllegalArgumentException("the churn rate must be between 0% and 100%");
		}
	}

	public SimulationSettings(long years, long seed, AttainmentDistribution distribution, double correlation) {
		this(years, seed, distribution, correlation, 0);
	}

	public static SimulationSettings of(long years, long seed) {
		return new SimulationSettings(years, seed, AttainmentDistribution.DEFAULT, 0);
	}
}
