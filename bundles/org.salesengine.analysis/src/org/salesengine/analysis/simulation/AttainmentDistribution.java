package org.salesengine.analysis.simulation;

import java.util.Locale;

/**
 * The distribution a rep's attainment on a measure is drawn from, by its mean and standard deviation (1.0 is 100%).
 * <ul>
 * <li>normal: mean + sd × z, truncated at 0 (a negative draw is drawn again, so nobody has negative attainment);</li>
 * <li>uniform: flat on [mean − sd·√3, mean + sd·√3] (that width gives the asked standard deviation), truncated at 0
 * the same way;</li>
 * <li>lognormal: exp(μ + σ z) with σ² = ln(1 + sd²/mean²) and μ = ln(mean) − σ²/2, so its mean and sd are the asked
 * ones; skewed to the right, never negative: a few reps far above quota, many a little below.</li>
 * </ul>
 */
public record AttainmentDistribution(Shape shape, double mean, double sd) {

	public enum Shape {
		NORMAL("normal"), UNIFORM("uniform"), LOGNORMAL("lognormal");

		private final String label;

		Shape(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** The shape with this label, or null. */
		public static Shape byLabel(String label) {
			for (Shape shape : values()) {
				if (shape.label.equals(label)) {
					return shape;
				}
			}
			return null;
		}
	}

	/** Mean 100%, sd 25%: most reps between 75% and 125%, about 2% below 50%. */
	public static final AttainmentDistribution DEFAULT = new AttainmentDistribution(Shape.NORMAL, 1.0, 0.25);

	public AttainmentDistribution {
		if (shape == null) {
			throw new IllegalArgumentException("the attainment distribution needs a shape");
		}
		if (!(mean > 0) || Double.isInfinite(mean)) {
			throw new IllegalArgumentException("the mean attainment must be above 0%");
		}
		if (!(sd > 0) || Double.isInfinite(sd)) {
			throw new IllegalArgumentException("the standard deviation of attainment must be above 0%");
		}
	}

	/** "normal, mean 100%, sd 25%, truncated at 0". */
	public String describe() {
		String text = shape.label() + ", mean " + percent(mean) + ", sd " + percent(sd);
		return shape == Shape.LOGNORMAL ? text : text + ", truncated at 0";
	}

	private static String percent(double fraction) {
		double percent = fraction * 100;
		return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
				: String.format(Locale.ROOT, "%s", Math.round(percent * 100) / 100.0)) + "%";
	}
}
