package org.salesengine.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.salesengine.dsl.conversion.NumberConverter.Kind;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** Value converters for the terminals and number rules of the grammar (which does not inherit Xtext's Terminals). */
@Singleton
public class SalesEngineValueConverters extends AbstractDeclarativeValueConverterService {
	@Inject
	private IDValueConverter idConverter;
	@Inject
	private STRINGValueConverter stringConverter;

	private final IValueConverter<String> dateConverter = new DateConverter();
	private final IValueConverter<BigDecimal> amount = new NumberConverter(Kind.AMOUNT);
	private final IValueConverter<BigDecimal> percent = new NumberConverter(Kind.PERCENT);
	private final IValueConverter<BigDecimal> multiplier = new NumberConverter(Kind.MULTIPLIER);
	private final IValueConverter<BigDecimal> quantity = new NumberConverter(Kind.QUANTITY);
	private final IValueConverter<BigDecimal> share = new NumberConverter(Kind.SHARE);
	private final IValueConverter<Integer> whole = new WholeNumberConverter();

	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		return idConverter;
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return dateConverter;
	}

	@ValueConverter(rule = "Amount")
	public IValueConverter<BigDecimal> Amount() {
		return amount;
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<BigDecimal> Percent() {
		return percent;
	}

	@ValueConverter(rule = "Multiplier")
	public IValueConverter<BigDecimal> Multiplier() {
		return multiplier;
	}

	@ValueConverter(rule = "Quantity")
	public IValueConverter<BigDecimal> Quantity() {
		return quantity;
	}

	@ValueConverter(rule = "Share")
	public IValueConverter<BigDecimal> Share() {
		return share;
	}

	@ValueConverter(rule = "Integer")
	public IValueConverter<Integer> Integer() {
		return whole;
	}
}
