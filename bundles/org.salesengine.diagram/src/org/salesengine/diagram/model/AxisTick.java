package org.salesengine.diagram.model;

/**
 * A value marked on one axis of a chart: {@code at} is where it sits along the axis in the unit square (0 at the
 * origin, 1 at the axis end), {@code text} what is written there ("100%").
 */
public record AxisTick(Axis axis, double at, String text) {

	/** The two axes of a payout chart. */
	public enum Axis {
		/** Across: attainment of quota. */
		ATTAINMENT,
		/** Up: payout as a multiple of the target incentive. */
		PAYOUT
	}
}
