package org.salesengine.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.salesengine.dsl.conversion.NumberConverter.Kind;

/** Headcounts, priorities, durations: whole numbers that fit an int. */
final class WholeNumberConverter implements IValueConverter<Integer> {
	private final NumberConverter digits = new NumberConverter(Kind.WHOLE);

	@Override
	public Integer toValue(String string, INode node) throws ValueConverterException {
		BigDecimal value = digits.toValue(string, node);
		try {
			return value.intValueExact();
		} catch (ArithmeticException e) {
			throw new ValueConverterException("the number '" + NumberConverter.abbreviate(string) + "' is too large (at most "
					+ Integer.MAX_VALUE + ")", node, e);
		}
	}

	@Override
	public String toString(Integer value) throws ValueConverterException {
		if (value == null || value < 0) {
			throw new ValueConverterException("a whole number of 0 or more is required, not " + value, null, null);
		}
		return value.toString();
	}
}
