package org.salesengine.analysis.funnel;

import java.util.List;

/**
 * A process's funnel, back-solved from the target of the KPI it produces.
 *
 * @param process     id, {@code Engine.Process}
 * @param kpi         name of the KPI the process produces
 * @param kpiUnit     that KPI's unit: currency (deals = target ÷ average deal) or count (deals = target)
 * @param kpiTarget   the KPI's target
 * @param averageDeal the process's average deal; null for a count KPI
 * @param dealsNeeded deals to win in the period
 * @param stages      in process order
 * @param winRate     product of all stage conversions: deals won per opportunity entering the first stage
 * @param cycleDays   sum of the stage durations, or null when a stage has no duration
 */
public record Funnel(String process, String kpi, String kpiUnit, double kpiTarget, Double averageDeal,
		double dealsNeeded, List<StageNeed> stages, double winRate, Integer cycleDays) {

	public Funnel {
		stages = List.copyOf(stages);
	}

	/** Opportunities that must enter the first stage. */
	public double neededAtTop() {
		return stages.isEmpty() ? dealsNeeded : stages.get(0).neededAtEntry();
	}
}
