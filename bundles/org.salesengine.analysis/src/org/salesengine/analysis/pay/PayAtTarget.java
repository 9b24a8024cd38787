package org.salesengine.analysis.pay;

import java.util.List;

/**
 * Pay when every rep hits 100% on every measure. Totals count each plan times the headcount of its role; roles
 * without a plan (acme's Manager) cost nothing here. Plans whose figure is unknown are left out of that total (the
 * analysis notes which).
 *
 * @param totalOnTargetEarnings Σ OTE × headcount
 * @param totalBase             Σ base × headcount
 * @param totalTargetIncentive  Σ OTI × headcount: the variable pay at target
 * @param costOfSales           CCOS: total OTE ÷ revenue target; null without a revenue target
 */
public record PayAtTarget(List<PlanPay> plans, double totalOnTargetEarnings, double totalBase,
		double totalTargetIncentive, int headcount, Double costOfSales) {

	/** The usual band for compensation cost of sales; outside it the plan is usually too rich or too thin. */
	public static final double USUAL_COST_OF_SALES_LOW = 0.10;
	public static final double USUAL_COST_OF_SALES_HIGH = 0.25;

	public PayAtTarget {
		plans = List.copyOf(plans);
	}
}
