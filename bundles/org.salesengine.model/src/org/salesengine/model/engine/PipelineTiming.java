package org.salesengine.model.engine;

/**
 * When a process's first stage must be entered: the deals a quarter needs (deals needed × the quarter's share),
 * spread evenly over its months, turned into first-stage entries (÷ win rate) and moved back by the process's cycle
 * time in whole months ({@link FunnelSizing#cycleMonths()}). Entries that would have to happen before the period's
 * first month are "needed before the period starts".
 *
 * @param cycleMonths       c
 * @param closing           first-stage entries behind the deals closing in each period month 1..P
 * @param entries           first-stage entries needed in each period month 1..P
 * @param beforePeriod      entries needed before the period starts: those behind the deals closing in months 1..c
 */
public record PipelineTiming(FunnelSizing funnel, int cycleMonths, double[] closing, double[] entries,
		double beforePeriod) {

	/** Null when the funnel is not sized or has no cycle time. */
	public static PipelineTiming of(FunnelSizing funnel, Period period, Seasonality seasonality) {
		if (!funnel.sized() || funnel.cycleMonths() == null) {
			return null;
		}
		int months = period.months();
		int cycle = funnel.cycleMonths();
		double[] closing = new double[months];
		for (int m = 1; m <= months; m++) {
			int quarter = (m - 1) / 3;
			closing[m - 1] = funnel.neededAtTop() * seasonality.shares()[quarter] / Seasonality.monthsIn(period, quarter);
		}
		double[] entries = new double[months];
		double before = 0;
		for (int m = 1; m <= months; m++) {
			int enteredIn = m - cycle;
			if (enteredIn < 1) {
				before += closing[m - 1];
			} else {
				entries[enteredIn - 1] += closing[m - 1];
			}
		}
		return new PipelineTiming(funnel, cycle, closing, entries, before);
	}
}
