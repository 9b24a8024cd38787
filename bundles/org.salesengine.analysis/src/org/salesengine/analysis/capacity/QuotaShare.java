package org.salesengine.analysis.capacity;

/**
 * One measure's part of the quota on a KPI or of the street quota.
 *
 * @param plan      id of the plan
 * @param measure   id of the measure, {@code Engine.Plan.Kpi}
 * @param credit    individual, overlay or pooled
 * @param headcount nominal heads of the plan's role (headcount plus hires)
 * @param total     quota × headcount; a pool's quota once
 */
public record QuotaShare(String plan, String measure, String credit, double quota, int headcount, double total) {
}
