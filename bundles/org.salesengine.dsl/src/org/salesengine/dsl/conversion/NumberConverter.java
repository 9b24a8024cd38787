package org.salesengine.dsl.conversion;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.salesengine.model.engine.Amounts;

/**
 * Reads one NUMBER token (45k, 1.1M, 40%, 2x, 1800) for one kind of value, and says what was expected when the
 * suffix does not fit. Values are kept canonical (trailing zeros stripped), so that parse, print, parse gives an
 * equal model.
 */
public final class NumberConverter implements IValueConverter<BigDecimal> {

	/** Kinds of numbers the grammar has, with the suffixes each accepts. */
	public enum Kind {
		AMOUNT("an amount such as 45k, 1.1M, 1.2B or 1800", Set.of("", "k", "M", "B")),
		PERCENT("a percentage such as 40%", Set.of("%")),
		MULTIPLIER("a multiplier such as 2x", Set.of("x")),
		QUANTITY("a number such as 1800, 45k, 1.1M, 1.2B or 25%", Set.of("", "k", "M", "B", "%")),
		SHARE("a share of pay such as 60 (as in 'mix 60/40')", Set.of("", "%")),
		WHOLE("a whole number such as 12", Set.of(""));

		final String expected;
		final Set<String> suffixes;

		Kind(String expected, Set<String> suffixes) {
			this.expected = expected;
			this.suffixes = suffixes;
		}
	}

	/** Longer digit strings are refused before BigDecimal sees them; no sales figure needs more. */
	static final int MAX_DIGITS = 18;
	private static final Pattern NUMBER = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?([A-Za-z%]*)");
	/** Suffixes in the case the language writes them, by the letter users type. */
	private static final java.util.Map<String, String> CANONICAL = java.util.Map.of("k", "k", "m", "M", "b", "B", "x", "x", "%", "%");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Kind kind;

	public NumberConverter(Kind kind) {
		this.kind = kind;
	}

	@Override
	public BigDecimal toValue(String string, INode node) throws ValueConverterException {
		if (string == null || string.isEmpty()) {
			throw new ValueConverterException("expected " + kind.expected, node, null);
		}
		Matcher m = NUMBER.matcher(string);
		if (!m.matches()) {
			throw new ValueConverterException("'" + abbreviate(string) + "' is not a number; expected " + kind.expected, node, null);
		}
		String whole = m.group(1);
		String fraction = m.group(2) == null ? "" : m.group(2);
		String suffix = m.group(3);
		if (whole.length() + fraction.length() > MAX_DIGITS) {
			throw new ValueConverterException("the number '" + abbreviate(string) + "' is too large or too precise (at most "
					+ MAX_DIGITS + " digits)", node, null);
		}
		if (!kind.suffixes.contains(suffix)) {
			throw new ValueConverterException(wrongSuffix(string, fraction.isEmpty() ? whole : whole + "." + fraction, suffix), node, null);
		}
		if (kind == Kind.WHOLE && !fraction.isEmpty()) {
			throw new ValueConverterException("expected " + kind.expected + ", not '" + string + "'", node, null);
		}
		BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
		value = switch (suffix) {
			case "k" -> value.scaleByPowerOfTen(3);
			case "M" -> value.scaleByPowerOfTen(6);
			case "B" -> value.scaleByPowerOfTen(9);
			case "%" -> kind == Kind.SHARE ? value : value.divide(HUNDRED);
			default -> value;
		};
		return canonical(value);
	}

	@Override
	public String toString(BigDecimal value) throws ValueConverterException {
		if (value == null) {
			throw new ValueConverterException("a number is required", null, null);
		}
		if (value.signum() < 0) {
			throw new ValueConverterException("negative numbers cannot be written: " + value.toPlainString(), null, null);
		}
		return switch (kind) {
			case PERCENT -> Amounts.exactPercent(value);
			case MULTIPLIER -> Amounts.multiplier(value);
			case SHARE, WHOLE -> Amounts.plain(value);
			case AMOUNT, QUANTITY -> Amounts.exact(value);
		};
	}

	/**
	 * "write 180M" for a suffix in the wrong case; "16M followed by 'x'" for letters after a valid suffix (a stray
	 * keystroke); otherwise what this kind of number takes.
	 */
	private String wrongSuffix(String written, String digits, String suffix) {
		String canonical = canonicalSuffix(suffix);
		if (canonical != null && kind.suffixes.contains(canonical)) {
			return "write " + digits + canonical + " (k is thousands, M millions, B billions, % a percentage, x a multiplier)";
		}
		for (int length = suffix.length() - 1; length > 0; length--) {
			String head = suffix.substring(0, length);
			if (length > 0 && kind.suffixes.contains(head)) {
				return "'" + abbreviate(written) + "' is " + digits + head + " followed by '" + abbreviate(suffix.substring(length))
						+ "': expected " + kind.expected;
			}
		}
		return "expected " + kind.expected + ", not '" + abbreviate(written) + "'";
	}

	/** The suffix as the language writes it (k, M, B, %, x) for text that is only a suffix in any case, or null. */
	public static String canonicalSuffix(String text) {
		return text == null ? null : CANONICAL.get(text.toLowerCase(java.util.Locale.ROOT));
	}

	public static BigDecimal canonical(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		// Keep integers at scale 0 so that 12M is 12000000 and not 1.2E+7 when printed or compared by scale.
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 37) + "...";
	}
}
