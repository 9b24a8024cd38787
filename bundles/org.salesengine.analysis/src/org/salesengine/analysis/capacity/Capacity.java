package org.salesengine.analysis.capacity;

import java.util.List;

import org.salesengine.model.engine.CapacityWaterfall;

/**
 * Whether quotas and activity capacity add up to the targets, nominally and after hires, ramp and attrition.
 *
 * @param revenueTarget     the engine's, or null
 * @param streetQuota       the nominal street quota ({@code WholeEngine.streetQuota()}): individual quotas × nominal
 *                          heads on the KPIs that measure the revenue target
 * @param streetQuotaShares its parts
 * @param overAssignment    street quota ÷ revenue target (1.106 is 110.6%); null without a target or street quota
 * @param waterfall         nominal → effective street quota for the engine; null without a readable period
 * @param roles             per quota-carrying role
 * @param months            the period's months, 2027-01 to 2027-12 (the columns of the productive-heads table)
 * @param seasonal          whether the quarters follow the engine's seasonality (false: flat)
 * @param quarters          quarterly targets against effective capacity
 * @param timings           first-stage entries needed per month, per sized process with a cycle time
 * @param kpis              per currency or count KPI with a target and quota on it
 * @param activities        per activity measure that could be matched to a sized funnel
 */
public record Capacity(Double revenueTarget, double streetQuota, List<QuotaShare> streetQuotaShares,
		Double overAssignment, CapacityWaterfall waterfall, List<RoleCapacity> roles, List<String> months,
		boolean seasonal, List<QuarterCapacity> quarters, List<EntryTiming> timings, List<KpiQuota> kpis,
		List<ActivityCoverage> activities) {

	public Capacity {
		streetQuotaShares = List.copyOf(streetQuotaShares);
		roles = List.copyOf(roles);
		months = List.copyOf(months);
		quarters = List.copyOf(quarters);
		timings = List.copyOf(timings);
		kpis = List.copyOf(kpis);
		activities = List.copyOf(activities);
	}

	/** The effective street quota, or null without a readable period. */
	public Double effectiveStreetQuota() {
		return waterfall == null ? null : waterfall.effective();
	}
}
