package org.salesengine.analysis.capacity;

/**
 * One measure's part of the quota on a KPI: quota × headcount of the plan's role.
 *
 * @param plan    id of the plan
 * @param measure id of the measure, {@code Engine.Plan.Kpi}
 * @param total   quota × headcount
 */
public record QuotaShare(String plan, String measure, double quota, int headcount, double total) {
}
