package org.salesengine.dsl.conversion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** ISO dates (2027-01-01). The lexer only checks the shape; this refuses dates that do not exist, such as 2027-02-30. */
public final class DateConverter implements IValueConverter<String> {

	@Override
	public String toValue(String string, INode node) throws ValueConverterException {
		try {
			return LocalDate.parse(string).toString();
		} catch (DateTimeParseException e) {
			throw new ValueConverterException("'" + string + "' is not a valid date (expected YYYY-MM-DD)", node, e);
		}
	}

	@Override
	public String toString(String value) throws ValueConverterException {
		try {
			return LocalDate.parse(value).toString();
		} catch (DateTimeParseException | NullPointerException e) {
			throw new ValueConverterException("'" + value + "' is not a valid date (expected YYYY-MM-DD)", null, e);
		}
	}
}
