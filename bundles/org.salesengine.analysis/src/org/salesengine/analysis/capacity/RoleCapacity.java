package org.salesengine.analysis.capacity;

import java.util.List;

import org.salesengine.model.engine.CapacityWaterfall;

/**
 * One quota-carrying role in the capacity model: nominal against effective street quota, and its productive heads
 * month by month.
 *
 * @param role            name of the role
 * @param headcount       H, fully ramped at the start
 * @param hires           Σ N of the hires inside the period
 * @param attrition       a, annual, as a fraction (0 when not given)
 * @param ramp            the ramp as written ("6 months", "0%, 10%, ... by month"), or null
 * @param quotaPerHead    Σ of the quotas per head of its street-quota measures
 * @param waterfall       nominal → start dates → ramp → attrition → overlap → effective
 * @param productiveHeads months 1..P, as given
 */
public record RoleCapacity(String role, int headcount, int hires, double attrition, String ramp, double quotaPerHead,
		CapacityWaterfall waterfall, List<Double> productiveHeads) {
	public RoleCapacity {
		productiveHeads = List.copyOf(productiveHeads);
	}
}
