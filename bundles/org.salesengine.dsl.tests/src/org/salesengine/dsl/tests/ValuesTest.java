package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesengine.dsl.conversion.NumberConverter;
import org.salesengine.dsl.conversion.NumberConverter.Kind;
import org.salesengine.model.Engine;

import com.google.inject.Inject;

/** Numbers are read exactly, written back the way people write them, and wrong forms get a message saying what was expected. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class ValuesTest {
	@Inject
	private ParseHelper<Engine> parser;

	@ParameterizedTest
	@CsvSource({
			"AMOUNT, 45k, 45000, 45k",
			"AMOUNT, 1.1M, 1100000, 1.1M",
			"AMOUNT, 16M, 16000000, 16M",
			"AMOUNT, 1800, 1800, 1800",
			"AMOUNT, 12.5k, 12500, 12500",
			"PERCENT, 40%, 0.4, 40%",
			"PERCENT, 12.5%, 0.125, 12.5%",
			"PERCENT, 300%, 3, 300%",
			"MULTIPLIER, 1.5x, 1.5, 1.5x",
			"QUANTITY, 25%, 0.25, 0.25",
			"QUANTITY, 36M, 36000000, 36M",
			"AMOUNT, 1.2B, 1200000000, 1.2B",
			"AMOUNT, 1200M, 1200000000, 1.2B",
			"QUANTITY, 2B, 2000000000, 2B",
			"SHARE, 60, 60, 60" })
	void readsAndWritesNumbers(Kind kind, String text, String value, String written) {
		NumberConverter converter = new NumberConverter(kind);
		BigDecimal parsed = converter.toValue(text, null);
		assertEquals(0, new BigDecimal(value).compareTo(parsed), text);
		assertEquals(written, converter.toString(parsed));
		assertEquals(0, parsed.compareTo(converter.toValue(converter.toString(parsed), null)), "round trip of " + text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"PERCENT|40|expected a percentage such as 40%, not '40'",
			"AMOUNT|40%|expected an amount such as 45k, 1.1M, 1.2B or 1800, not '40%'",
			"AMOUNT|180m|write 180M (k is thousands, M millions, B billions, % a percentage, x a multiplier)",
			"AMOUNT|45K|write 45k (k is thousands, M millions, B billions, % a percentage, x a multiplier)",
			"QUANTITY|1.2b|write 1.2B (k is thousands, M millions, B billions, % a percentage, x a multiplier)",
			"MULTIPLIER|2X|write 2x (k is thousands, M millions, B billions, % a percentage, x a multiplier)",
			"AMOUNT|16Mx|'16Mx' is 16M followed by 'x': expected an amount such as 45k, 1.1M, 1.2B or 1800",
			"PERCENT|40%s|'40%s' is 40% followed by 's': expected a percentage such as 40%",
			"PERCENT|1.2B|expected a percentage such as 40%, not '1.2B'",
			"MULTIPLIER|2|expected a multiplier such as 2x, not '2'",
			"WHOLE|2.5|expected a whole number such as 12, not '2.5'",
			"AMOUNT|1234567890123456789|the number '1234567890123456789' is too large or too precise (at most 18 digits)" })
	void wrongFormsSayWhatWasExpected(Kind kind, String text, String message) {
		ValueConverterException e = assertThrows(ValueConverterException.class, () -> new NumberConverter(kind).toValue(text, null));
		assertEquals(message, e.getMessage());
	}

	@Test
	void valueErrorsAreReportedWithTheInvalidValueCode() throws Exception {
		Engine engine = parser.parse("engine V { period 2027-02-30 to 2027-03-01 structure { role R { headcount 99999999999 } } }");
		List<String> errors = engine.eResource().getErrors().stream()
				.map(d -> ((org.eclipse.xtext.diagnostics.AbstractDiagnostic) d).getCode() + ": " + d.getMessage()).toList();
		assertEquals(List.of("invalid-value: '2027-02-30' is not a valid date (expected YYYY-MM-DD)",
				"invalid-value: the number '99999999999' is too large (at most 2147483647)"), errors);
	}
}
