package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.List;

import org.salesengine.model.Engine;
import org.salesengine.model.StrategySection;

/**
 * The share of the period's bookings in each quarter: the strategy's {@code seasonality} (four values summing to 100%,
 * one per quarter of a twelve-month period), else flat, each quarter weighing its months ÷ P.
 *
 * @param shares  per quarter, summing to 1
 * @param written whether they come from the engine's seasonality (false: flat)
 */
public record Seasonality(double[] shares, boolean written) {

	/** Values as written in the engine, empty when it gives none. */
	public static List<BigDecimal> declared(WholeEngine engine) {
		for (Engine fragment : engine.fragments()) {
			for (StrategySection strategy : EngineSections.of(fragment, StrategySection.class)) {
				if (!strategy.getSeasonality().isEmpty()) {
					return strategy.getSeasonality();
				}
			}
		}
		return List.of();
	}

	/** Whether written values can be used: four of them, summing to exactly 100%. */
	public static boolean usable(List<BigDecimal> values) {
		return values.size() == 4 && values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) == 0;
	}

	public static Seasonality of(WholeEngine engine, Period period) {
		List<BigDecimal> values = declared(engine);
		if (usable(values) && period.quarters() == 4 && period.months() == 12) {
			return new Seasonality(values.stream().mapToDouble(BigDecimal::doubleValue).toArray(), true);
		}
		return flat(period);
	}

	public static Seasonality flat(Period period) {
		double[] shares = new double[period.quarters()];
		for (int q = 0; q < shares.length; q++) {
			shares[q] = (double) monthsIn(period, q) / period.months();
		}
		return new Seasonality(shares, false);
	}

	/** How many period months quarter q (0-based) has: 3, or fewer for the last one of a short period. */
	public static int monthsIn(Period period, int quarter) {
		return Math.min(3, period.months() - 3 * quarter);
	}
}
