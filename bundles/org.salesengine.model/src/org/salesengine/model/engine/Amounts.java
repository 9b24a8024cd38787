package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes numbers the way a sales-ops architect writes them in a .sales file and on a slide: 45k, 1.1M, 40%, 2x.
 * The language's value converters and every report use these, so a number reads the same everywhere.
 */
public final class Amounts {
	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Amounts() {
	}

	/** Exact form, suitable for writing back into a .sales file: 1100000 is "1.1M", 1800 is "1800", 1.2e9 is "1.2B". */
	public static String exact(BigDecimal value) {
		BigDecimal abs = value.abs();
		if (abs.compareTo(BILLION) >= 0 && hasAtMostDecimals(value.divide(BILLION), 3)) {
			return plain(value.divide(BILLION)) + "B";
		}
		if (abs.compareTo(MILLION) >= 0 && hasAtMostDecimals(value.divide(MILLION), 3)) {
			return plain(value.divide(MILLION)) + "M";
		}
		if (abs.compareTo(THOUSAND) >= 0 && hasAtMostDecimals(value.divide(THOUSAND), 0)) {
			return plain(value.divide(THOUSAND)) + "k";
		}
		return plain(value);
	}

	/** Rounded form for reports: 17,700,000 is "17.7M", 56,000 is "56k", 1481.48 is "1,481.48". */
	public static String brief(double value) {
		double abs = Math.abs(value);
		if (abs >= 1_000_000) {
			return trim(round(value / 1_000_000, 2)) + "M";
		}
		if (abs >= 10_000) {
			return trim(round(value / 1_000, 1)) + "k";
		}
		return grouped(value, 2);
	}

	/** "40%" for 0.4; at most one decimal: "110.6%". */
	public static String percent(BigDecimal fraction) {
		return percent(fraction.doubleValue());
	}

	public static String percent(double fraction) {
		return trim(round(fraction * 100, 1)) + "%";
	}

	/** The exact percentage written in the file: 0.4 is "40%". */
	public static String exactPercent(BigDecimal fraction) {
		return plain(fraction.multiply(HUNDRED)) + "%";
	}

	public static String multiplier(BigDecimal factor) {
		return plain(factor) + "x";
	}

	/** 1481.4815 with 2 decimals is "1,481.48"; 266.0 is "266". */
	public static String grouped(double value, int decimals) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
		String pattern = rounded.scale() > 0 ? "%,." + rounded.scale() + "f" : "%,.0f";
		return String.format(java.util.Locale.ROOT, pattern, rounded);
	}

	/**
	 * Volumes for people (leads, opportunities, deals, meetings, entries): what a funnel back-solves is a fraction
	 * (4,178.83 leads), but nobody plans a fraction of a lead, so from 10 up a volume is a whole number (4,179);
	 * below 10 it keeps one decimal so that a small volume does not read as nothing (0.4, 2.5, 3). Text, diagrams and
	 * tables use this; JSON keeps the exact value.
	 */
	public static String volume(double value) {
		return grouped(value, Math.abs(value) >= 9.95 ? 0 : 1);
	}

	public static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static boolean hasAtMostDecimals(BigDecimal value, int decimals) {
		return value.stripTrailingZeros().scale() <= decimals;
	}

	private static BigDecimal round(double value, int decimals) {
		return new BigDecimal(value, MathContext.DECIMAL64).setScale(decimals, RoundingMode.HALF_UP);
	}

	private static String trim(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
