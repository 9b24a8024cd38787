package org.salesengine.data.calibration;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One figure of the design set against the data: a stage's conversion or duration, a process's win rate, average deal
 * or cycle time. Rates are fractions (0.4), durations days, amounts in the engine's currency.
 *
 * @param declared  what the engine says; null where it says nothing
 * @param observed  what the data shows; NaN without data
 * @param sample    how many opportunities (or won deals, or stage passages) the observation rests on
 * @param interval  the 90% interval of the observation; null when the sample is too small for one
 * @param element   the element that declares the figure (a stage, a process), where a finding is located
 * @param feature   the feature that holds the declared value, or null for a derived figure (win rate, cycle)
 */
public record Figure(Kind kind, String stage, Double declared, double observed, long sample, Interval interval,
		EObject element, EStructuralFeature feature) {

	public enum Kind {
		CONVERSION("conversion", true), DURATION("duration", false), WIN_RATE("win rate", true),
		AVERAGE_DEAL("average deal", true), CYCLE_TIME("cycle time", false);

		private final String label;
		/** Whether a higher declared value is the optimistic one (a faster stage, a shorter cycle, is the other way round). */
		private final boolean higherIsOptimistic;

		Kind(String label, boolean higherIsOptimistic) {
			this.label = label;
			this.higherIsOptimistic = higherIsOptimistic;
		}

		public String label() {
			return label;
		}

		public boolean higherIsOptimistic() {
			return higherIsOptimistic;
		}

		public boolean isRate() {
			return this == CONVERSION || this == WIN_RATE;
		}

		public boolean isDays() {
			return this == DURATION || this == CYCLE_TIME;
		}
	}

	/** The declared value lies outside the interval, on the side that makes the design look better than the data. */
	public boolean optimistic() {
		if (declared == null || interval == null) {
			return false;
		}
		return kind.higherIsOptimistic() ? declared > interval.high() : declared < interval.low();
	}

	/** "conversion of stage Lead", "win rate" */
	public String name() {
		return stage == null ? kind.label() : kind.label() + " of stage " + stage;
	}
}
