package org.salesengine.analysis.pay;

/**
 * A SPIF paid as a share of what its KPI sells ({@code bonus 2% of amount}), at target: the KPI's target for the
 * period, times the part of the period the SPIF runs (its days over the period's days; the whole period without
 * dates), times the share.
 *
 * @param spif        id, {@code Engine.Spif}
 * @param kpi         the rewarded KPI's name
 * @param share       the bonus, as a fraction of the amount (0.02)
 * @param kpiTarget   the KPI's target for the period
 * @param windowShare days of the SPIF's window over days of the period, at most 1
 * @param cost        share × kpiTarget × windowShare
 */
public record SpifPay(String spif, String kpi, double share, double kpiTarget, double windowShare, double cost) {
}
