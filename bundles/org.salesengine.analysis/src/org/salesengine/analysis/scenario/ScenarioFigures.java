package org.salesengine.analysis.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.capacity.ActivityCoverage;
import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.dsl.load.Finding;

/**
 * The figures a comparison puts side by side, read from the analysis of one scenario (nothing is computed twice).
 * Amounts are in the engine's currency, fractions are 0.4 for 40%; null where the engine does not give the figure.
 *
 * @param revenueReach  how much of the revenue target the engine can deliver: the smaller of the effective street
 *                      quota ÷ the revenue target (what the heads can sell after start dates, ramp and attrition)
 *                      and, for every activity quota matched to a funnel, its capacity ÷ what the funnel needs
 *                      from it (a funnel whose first stage is fed short delivers that much less); null without a
 *                      revenue target
 * @param reachLimit    what sets the reach: "effective capacity", or the activity ("SDR on MeetingsBooked")
 * @param costOfSales   total on-target earnings ÷ revenue target
 * @param payAtTarget   Σ OTE × heads of every plan
 * @param p10           of the simulated variable pay per year (p50, p90 likewise); null without a simulation
 * @param pillarScores  the health score of each pillar, in the pillars' order
 * @param biggestShift  the biggest shift's headline
 */
public record ScenarioFigures(Double revenueTarget, Double revenueReach, String reachLimit, double streetQuota,
		Double effectiveStreetQuota, Double costOfSales, double payAtTarget, Double p10, Double p50, Double p90,
		long errors, long warnings, long infos, Map<HealthPillar, Integer> pillarScores, String biggestShift) {

	public static final String EFFECTIVE_CAPACITY = "effective capacity";

	public static ScenarioFigures of(AnalysisResult analysis, List<Finding> findings) {
		Double target = analysis.revenueTarget();
		Double reach = null;
		String limit = null;
		Double effective = analysis.capacity().effectiveStreetQuota();
		if (target != null && target > 0) {
			reach = (effective != null ? effective : analysis.capacity().streetQuota()) / target;
			limit = EFFECTIVE_CAPACITY;
			for (ActivityCoverage activity : analysis.capacity().activities()) {
				if (activity.needed() > 0 && activity.coverage() < reach) {
					reach = activity.coverage();
					limit = activity.role() + " on " + activity.kpi();
				}
			}
		}
		Map<HealthPillar, Integer> scores = new LinkedHashMap<>();
		for (HealthPillar pillar : HealthPillar.values()) {
			analysis.health().pillars().stream().filter(p -> p.pillar() == pillar).map(PillarHealth::score).findFirst()
					.ifPresent(score -> scores.put(pillar, score));
		}
		var simulation = analysis.simulation();
		return new ScenarioFigures(target, reach, limit, analysis.capacity().streetQuota(), effective,
				analysis.pay().costOfSales(), analysis.pay().totalOnTargetEarnings(),
				simulation == null ? null : simulation.p10(), simulation == null ? null : simulation.p50(),
				simulation == null ? null : simulation.p90(), count(findings, Severity.ERROR),
				count(findings, Severity.WARNING), count(findings, Severity.INFO), scores,
				analysis.health().biggestShift() == null ? null : analysis.health().biggestShift().headline());
	}

	private static long count(List<Finding> findings, Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}
}
