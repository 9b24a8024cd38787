package org.salesengine.analysis;

import java.util.List;

import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.health.Health;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.capacity.TerritoryCapacity;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PeriodPayout;
import org.salesengine.analysis.simulation.SimulationResult;

/**
 * Everything the analysis found about one engine. Immutable: the command line, the diagrams and the workbench all
 * read these figures and none of them recomputes one. Amounts are in the engine's currency, percentages are fractions
 * (0.4 is 40%), counts are opportunities or deals per period.
 *
 * @param engine        the engine's name
 * @param revenueTarget null when the engine has none
 * @param funnels       one per process that could be sized
 * @param levers        funnel sensitivity: +5 points of conversion per stage, best first
 * @param payoutTables  one per plan with a known target incentive
 * @param simulation    null unless the options asked for one and a plan could be simulated
 * @param notes         what could not be computed, and why
 * @param periodPayouts the measures of plans paid quarterly or monthly, period by period
 * @param territories   capacity and coverage per territory; empty when the engine has no territory
 */
public record AnalysisResult(String engine, String displayName, String currency, String periodStart, String periodEnd,
		Double revenueTarget, List<Funnel> funnels, List<FunnelLever> levers, Capacity capacity, PayAtTarget pay,
		List<PayoutTable> payoutTables, SimulationResult simulation, Health health, List<AnalysisNote> notes,
		List<PeriodPayout> periodPayouts, List<TerritoryCapacity> territories) {

	public AnalysisResult {
		funnels = List.copyOf(funnels);
		levers = List.copyOf(levers);
		payoutTables = List.copyOf(payoutTables);
		notes = List.copyOf(notes);
		periodPayouts = List.copyOf(periodPayouts);
		territories = List.copyOf(territories);
	}

	/** The sized funnel of a process, by the process's id or name; null when it was not sized. */
	public Funnel funnel(String process) {
		return funnels.stream().filter(f -> f.process().equals(process) || f.process().endsWith("." + process))
				.findFirst().orElse(null);
	}
}
