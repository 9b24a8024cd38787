package org.salesengine.data.columns;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesengine.data.sheet.Cell;
import org.salesengine.model.engine.Amounts;

/**
 * Cells read as the language's values, written back the way a .sales file writes them (1.1M, 80%, 2x, 6 months).
 * A value that cannot be read throws {@link BadValue} with the message the user sees after {@code file:row:column:}.
 * A spreadsheet's number cell is taken as its exact number; text must be unambiguous: 1,100,000 and 1.1M are one
 * million one hundred thousand, while 1,1M (a decimal comma) is refused rather than guessed.
 */
public final class CellValues {
	private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*([kKmMbB]?)");
	private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
	private static final Pattern MULTIPLIER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[xX]?");
	private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(months?|mo|m|days?|d)?", Pattern.CASE_INSENSITIVE);
	private static final Pattern MIX = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%?\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*%?");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CellValues() {
	}

	/** A problem with one cell's value. */
	public static final class BadValue extends Exception {
		private static final long serialVersionUID = 1L;

		public BadValue(String message) {
			super(message);
		}
	}

	/** 140k, 1.1M, 1,100,000, €140k, 180: an amount or a count. */
	public static BigDecimal amount(Cell cell) throws BadValue {
		if (cell.number() != null) {
			if (cell.percent()) {
				throw new BadValue("'" + cell.text() + "' is a percentage, not an amount");
			}
			return nonNegative(cell, cell.number());
		}
		String text = withoutCurrency(cell.text());
		Matcher amount = AMOUNT.matcher(text);
		if (!amount.matches()) {
			throw new BadValue(text.startsWith("-") ? "'" + cell.text() + "' is negative" : "'" + cell.text() + "' is not a number");
		}
		BigDecimal value = new BigDecimal(amount.group(1).replace(",", "") + (amount.group(2) == null ? "" : amount.group(2)));
		return switch (amount.group(3)) {
			case "k", "K" -> value.scaleByPowerOfTen(3);
			case "m", "M" -> value.scaleByPowerOfTen(6);
			case "b", "B" -> value.scaleByPowerOfTen(9);
			default -> value;
		};
	}

	/** 80%, or a spreadsheet cell formatted as a percentage; as a fraction (0.8). */
	public static BigDecimal percent(Cell cell) throws BadValue {
		if (cell.number() != null) {
			if (!cell.percent()) {
				throw new BadValue("'" + cell.text() + "' is not a percentage: format the cell as a percentage, or write "
						+ Amounts.plain(cell.number()) + "%");
			}
			return nonNegative(cell, cell.number());
		}
		Matcher percent = PERCENT.matcher(cell.text());
		if (!percent.matches()) {
			boolean plain = cell.text().matches("\\d+(\\.\\d+)?");
			throw new BadValue("'" + cell.text() + "' is not a percentage" + (plain ? ": write " + cell.text() + "%" : ""));
		}
		return new BigDecimal(percent.group(1)).divide(HUNDRED);
	}

	/** A quota or target: an amount, a count or a percentage (NRR 112%). As the language writes it. */
	public static String quantity(Cell cell) throws BadValue {
		boolean percentage = cell.number() != null ? cell.percent() : cell.text().endsWith("%");
		return percentage ? Amounts.exactPercent(percent(cell)) : Amounts.exact(amount(cell));
	}

	/** 2x, 1.5 */
	public static BigDecimal multiplier(Cell cell) throws BadValue {
		if (cell.number() != null && !cell.percent()) {
			return nonNegative(cell, cell.number());
		}
		Matcher multiplier = MULTIPLIER.matcher(cell.text());
		if (cell.number() != null || !multiplier.matches()) {
			throw new BadValue("'" + cell.text() + "' is not a multiplier such as 2x");
		}
		return new BigDecimal(multiplier.group(1));
	}

	public static int wholeNumber(Cell cell) throws BadValue {
		BigDecimal value;
		if (cell.number() != null) {
			value = cell.number();
		} else if (cell.text().matches("\\d{1,3}(,\\d{3})+|\\d+")) {
			value = new BigDecimal(cell.text().replace(",", ""));
		} else {
			throw new BadValue("'" + cell.text() + "' is not a whole number");
		}
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			throw new BadValue("'" + cell.text() + "' is not a whole number");
		}
		return value.intValueExact();
	}

	/** 6, 6 months, 90 days: months unless days are said. As the language writes it: "6 months". */
	public static String duration(Cell cell) throws BadValue {
		String text = cell.number() != null ? Integer.toString(wholeNumber(cell)) : cell.text();
		Matcher duration = DURATION.matcher(text);
		if (!duration.matches()) {
			throw new BadValue("'" + cell.text() + "' is not a duration such as 6 months or 90 days");
		}
		int value = Integer.parseInt(duration.group(1));
		boolean days = duration.group(2) != null && duration.group(2).toLowerCase(Locale.ROOT).startsWith("d");
		return value + (days ? (value == 1 ? " day" : " days") : (value == 1 ? " month" : " months"));
	}

	/** 60/40: base and incentive. */
	public static String mix(Cell cell) throws BadValue {
		Matcher mix = MIX.matcher(cell.text());
		if (cell.number() != null || !mix.matches()) {
			throw new BadValue("'" + cell.text() + "' is not a pay mix such as 60/40");
		}
		return Amounts.plain(new BigDecimal(mix.group(1))) + "/" + Amounts.plain(new BigDecimal(mix.group(2)));
	}

	/** yes/no, true/false, x, 1/0. */
	public static boolean yes(Cell cell) throws BadValue {
		String text = cell.number() != null ? Amounts.plain(cell.number()) : cell.text().toLowerCase(Locale.ROOT);
		return switch (text) {
			case "yes", "y", "true", "x", "1" -> true;
			case "no", "n", "false", "0", "" -> false;
			default -> throw new BadValue("'" + cell.text() + "' is not yes or no");
		};
	}

	private static BigDecimal nonNegative(Cell cell, BigDecimal value) throws BadValue {
		if (value.signum() < 0) {
			throw new BadValue("'" + cell.text() + "' is negative");
		}
		return value;
	}

	/** $1.1M, €140k, 140k EUR: the engine has one currency, so a symbol or code around the number is dropped. */
	private static String withoutCurrency(String text) {
		return text.strip().replaceFirst("^[$€£¥]\\s*", "").replaceFirst("\\s+[A-Z]{3}$", "");
	}
}
