package org.salesengine.analysis.scenario;

import java.util.List;
import java.util.Objects;

import org.salesengine.model.engine.Amounts;

/**
 * One figure across the scenarios: its value in each column, and each column's delta to the first (the base).
 *
 * @param key    stable id for JSON: "revenue-reach"
 * @param label  for people: "revenue reach"
 * @param values one per column; null where the scenario does not give the figure
 */
public record ComparisonRow(String key, String label, Kind kind, List<Object> values) {

	/** How a figure is written and how its delta is taken. */
	public enum Kind {
		/** an amount in the engine's currency: 17.7M, delta +280k */
		AMOUNT,
		/** a fraction: 110.6%, delta in points, +1.8 pts */
		PERCENT,
		/** a count of findings or a score: 3, delta +1 */
		COUNT,
		/** words: the delta says whether they changed */
		TEXT
	}

	public ComparisonRow {
		values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
	}

	public String cell(int column) {
		return write(values.get(column));
	}

	/** "+280k", "−1.8 pts", "±0", "changed", "" for the base column or a figure missing on either side. */
	public String delta(int column) {
		Object value = values.get(column);
		Object base = values.get(0);
		if (column == 0 || value == null || base == null) {
			return "";
		}
		if (kind == Kind.TEXT) {
			return Objects.equals(value, base) ? "same" : "changed";
		}
		double d = ((Number) value).doubleValue() - ((Number) base).doubleValue();
		return switch (kind) {
			case AMOUNT -> amountDelta(d);
			case PERCENT -> pointsDelta(d);
			default -> Math.abs(d) < 0.5 ? "±0" : signed(d, String.valueOf(Math.round(Math.abs(d))));
		};
	}

	/** A change of an amount, as compare and the levers write it: +280k, −1.2M, ±0. */
	public static String amountDelta(double d) {
		return Math.abs(d) < 0.005 ? "±0" : signed(d, Amounts.brief(Math.abs(d)));
	}

	/** A change of a fraction in points, as compare and the levers write it: +1.8 pts, ±0. */
	public static String pointsDelta(double d) {
		// half up on the tenth of a point; the nudge undoes binary fractions (20.0625% − 18.3125% is 1.74999…)
		return Math.abs(d) < 0.00005 ? "±0" : signed(d, trim(Math.round(Math.abs(d) * 1000 + 1e-6) / 10.0) + " pts");
	}

	/** The delta as a number (points as fractions), for JSON; null where there is none. */
	public Double deltaValue(int column) {
		Object value = values.get(column);
		Object base = values.get(0);
		if (column == 0 || kind == Kind.TEXT || !(value instanceof Number v) || !(base instanceof Number b)) {
			return null;
		}
		return v.doubleValue() - b.doubleValue();
	}

	private String write(Object value) {
		if (value == null) {
			return "–";
		}
		return switch (kind) {
			case AMOUNT -> Amounts.brief(((Number) value).doubleValue());
			case PERCENT -> Amounts.percent(((Number) value).doubleValue());
			case COUNT -> String.valueOf(((Number) value).longValue());
			case TEXT -> value.toString();
		};
	}

	private static String signed(double d, String magnitude) {
		return (d > 0 ? "+" : "−") + magnitude;
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}
}
