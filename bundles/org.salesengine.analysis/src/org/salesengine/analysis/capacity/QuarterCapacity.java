package org.salesengine.analysis.capacity;

/**
 * One quarter of the period: its share of the bookings, its target and the effective street quota in it.
 *
 * @param quarter   1-based
 * @param firstMonth the quarter's first calendar month, 2027-04
 * @param share     of the period's bookings (seasonality, or months ÷ P when flat)
 * @param target    revenue target × share; null without a revenue target
 * @param effective Σ over the quota-carrying roles of productive heads × quota ÷ P over the quarter's months
 */
public record QuarterCapacity(int quarter, String firstMonth, double share, Double target, double effective) {

	/** Effective capacity ÷ target; null without a target. */
	public Double coverage() {
		return target == null || target == 0 ? null : effective / target;
	}
}
