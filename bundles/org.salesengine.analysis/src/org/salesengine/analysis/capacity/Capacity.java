package org.salesengine.analysis.capacity;

import java.util.List;

/**
 * Whether quotas and activity capacity add up to the targets.
 *
 * @param revenueTarget     the engine's, or null
 * @param streetQuota       Σ quota × headcount over the currency measures of quota-carrying roles
 *                          ({@code WholeEngine.streetQuota()})
 * @param streetQuotaShares its parts
 * @param overAssignment    street quota ÷ revenue target (1.106 is 110.6%); null without a target or street quota
 * @param kpis              per currency or count KPI with a target and quota on it
 * @param activities        per activity measure that could be matched to a sized funnel
 */
public record Capacity(Double revenueTarget, double streetQuota, List<QuotaShare> streetQuotaShares,
		Double overAssignment, List<KpiQuota> kpis, List<ActivityCoverage> activities) {

	/** Beyond this, assigned quota stops being credible (the validator's street-quota limit, per KPI here). */
	public static final double OVER_ASSIGNMENT_LIMIT = 1.3;

	public Capacity {
		streetQuotaShares = List.copyOf(streetQuotaShares);
		kpis = List.copyOf(kpis);
		activities = List.copyOf(activities);
	}
}
