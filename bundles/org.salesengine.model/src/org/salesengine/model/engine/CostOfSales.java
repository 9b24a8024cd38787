package org.salesengine.model.engine;

import java.math.BigDecimal;

import org.salesengine.model.Plan;
import org.salesengine.model.Role;

/**
 * Compensation cost of sales: total OTE at target (Σ over the plans with an OTE whose role has a headcount, of OTE ×
 * headcount) ÷ revenue target. It counts compensation only, no SPIFs (their cost depends on how many deals qualify).
 *
 * @param ratio null without a revenue target or without a plan that counts
 */
public record CostOfSales(double totalOnTargetEarnings, int headcount, Double ratio) {

	public static CostOfSales of(WholeEngine engine) {
		double ote = 0;
		int headcount = 0;
		for (Plan plan : engine.plans()) {
			Role role = plan.getRole();
			if (plan.getOnTargetEarnings() != null && WholeEngine.resolved(role) && role.getHeadcount() != null) {
				ote += plan.getOnTargetEarnings().doubleValue() * role.getHeadcount();
				headcount += role.getHeadcount();
			}
		}
		BigDecimal target = engine.revenueTarget();
		Double ratio = target == null || target.signum() <= 0 || headcount == 0 ? null : ote / target.doubleValue();
		return new CostOfSales(ote, headcount, ratio);
	}
}
