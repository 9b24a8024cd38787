package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.salesengine.model.engine.Amounts;

/**
 * A named threshold of a rule, set per engine with {@code rule CODE { NAME VALUE }} or {@code NAME LOW to HIGH}.
 * Its default may depend on the engine's {@link Profile}; where practice has a public source, {@link #source()} names
 * it, and where it has none, the source says so.
 *
 * @param name     as written in the rules section: {@code above}, {@code band}
 * @param shape    what a value looks like
 * @param meaning  one line for the catalogue: what the value decides
 * @param fallback the default for every profile not listed in byProfile
 * @param source   where the default comes from
 */
public record RuleParameter(String name, Shape shape, String meaning, Value fallback, Map<Profile, Value> byProfile,
		String source) {

	/** What a parameter's value looks like, and how it is written. */
	public enum Shape {
		PERCENT("a percentage such as 120%"),
		COUNT("a whole number such as 3"),
		MULTIPLE("a number such as 4.8 (times)"),
		PERCENT_RANGE("a range such as 10% to 25%"),
		MULTIPLE_RANGE("a range such as 3 to 7 (times)");

		private final String expected;

		Shape(String expected) {
			this.expected = expected;
		}

		public String expected() {
			return expected;
		}

		public boolean isRange() {
			return this == PERCENT_RANGE || this == MULTIPLE_RANGE;
		}

		boolean isPercent() {
			return this == PERCENT || this == PERCENT_RANGE;
		}
	}

	/** One value, or a range when {@code upper} is set. Percentages are fractions (120% is 1.2). */
	public record Value(BigDecimal value, BigDecimal upper) {
		public static Value of(String value) {
			return new Value(new BigDecimal(value), null);
		}

		public static Value range(String low, String high) {
			return new Value(new BigDecimal(low), new BigDecimal(high));
		}

		public double low() {
			return value.doubleValue();
		}

		public double high() {
			return upper == null ? value.doubleValue() : upper.doubleValue();
		}

		/** As the rules section writes it. */
		public String written(Shape shape) {
			String first = shape.isPercent() ? Amounts.exactPercent(value) : Amounts.plain(value);
			if (upper == null) {
				return first;
			}
			return first + " to " + (shape.isPercent() ? Amounts.exactPercent(upper) : Amounts.plain(upper));
		}
	}

	public RuleParameter {
		byProfile = byProfile.isEmpty() ? Map.of() : new EnumMap<>(byProfile);
	}

	public static RuleParameter of(String name, Shape shape, String meaning, Value fallback, String source) {
		return new RuleParameter(name, shape, meaning, fallback, Map.of(), source);
	}

	public static RuleParameter byProfile(String name, Shape shape, String meaning, Map<Profile, Value> values,
			String source) {
		return new RuleParameter(name, shape, meaning, values.get(Profile.DEFAULT), values, source);
	}

	public Value defaultFor(Profile profile) {
		return byProfile.getOrDefault(profile, fallback);
	}

	public boolean dependsOnProfile() {
		return !byProfile.isEmpty();
	}
}
