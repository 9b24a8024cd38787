package org.salesengine.analysis.capacity;

import java.util.List;

/**
 * When a process's first stage must be entered ({@code PipelineTiming} of the model): the deals each quarter needs,
 * spread evenly over its months and moved back by the cycle time.
 *
 * @param process      id of the process
 * @param stage        id of its first stage
 * @param cycleMonths  the cycle in whole months (days ÷ 30, rounded)
 * @param entries      first-stage entries needed in months 1..P
 * @param beforePeriod entries needed before the period starts
 */
public record EntryTiming(String process, String stage, int cycleMonths, List<Double> entries, double beforePeriod) {
	public EntryTiming {
		entries = List.copyOf(entries);
	}
}
