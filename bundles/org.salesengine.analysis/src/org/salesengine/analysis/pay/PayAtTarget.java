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
 * @param costOfSales           CCOS: total OTE ÷ revenue target ({@code CostOfSales} of the model, which the rule
 *                              ccos-out-of-band reads too); null without a revenue target
 * @param bandLow               the ccos-out-of-band band in effect for the engine (bandHigh likewise)
 * @param bandOrigin            where the band comes from: "the SaaS profile, the default"
 * @param drawCost              Σ over the plans of their draws' cost at target (the non-recoverable draws)
 * @param spifs                 the SPIFs paid as a share of an amount, at target
 */
public record PayAtTarget(List<PlanPay> plans, double totalOnTargetEarnings, double totalBase,
		double totalTargetIncentive, int headcount, Double costOfSales, double bandLow, double bandHigh,
		String bandOrigin, double drawCost, List<SpifPay> spifs) {

	public PayAtTarget {
		plans = List.copyOf(plans);
		spifs = List.copyOf(spifs);
	}

	/** Σ of the SPIFs' cost at target. */
	public double spifCost() {
		return spifs.stream().mapToDouble(SpifPay::cost).sum();
	}
}
