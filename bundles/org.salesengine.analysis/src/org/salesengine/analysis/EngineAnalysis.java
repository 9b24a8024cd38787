package org.salesengine.analysis;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.CapacityAnalysis;
import org.salesengine.analysis.capacity.TerritoryCapacity;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelBackSolve;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.funnel.FunnelSensitivity;
import org.salesengine.analysis.health.Health;
import org.salesengine.analysis.health.HealthScoring;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PayAtTargetAnalysis;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PeriodPayout;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.PayoutSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.WholeEngine;

/**
 * The analysis of one engine: funnel back-solve and sensitivity, capacity, pay at target and payout tables, an
 * optional payout simulation, and the health of each pillar with the biggest shift. Engines with validator errors are
 * analysed as far as their numbers allow; what is skipped is listed in {@link AnalysisResult#notes()}.
 */
public final class EngineAnalysis {
	private EngineAnalysis() {
	}

	/**
	 * @param engine   the engine, all of its files
	 * @param findings the validator's findings for this engine (see {@link EngineFindings}), the numbers' rules among
	 *                 them; they count in its health
	 */
	public static AnalysisResult analyze(WholeEngine engine, List<Finding> findings, AnalysisOptions options) {
		List<AnalysisNote> notes = new ArrayList<>();
		List<FunnelSizing> sizings = FunnelSizing.of(engine);
		List<Funnel> funnels = FunnelBackSolve.of(sizings, notes::add);
		List<FunnelLever> levers = FunnelSensitivity.levers(funnels);
		Capacity capacity = CapacityAnalysis.of(engine, sizings, notes::add);
		PayAtTarget pay = PayAtTargetAnalysis.of(engine, notes::add);
		List<PayoutTable> tables = pay.plans().stream().filter(p -> !p.measures().isEmpty())
				.map(p -> PayoutTable.of(p, options.payoutAttainments())).toList();
		SimulationResult simulation = options.simulation() == null ? null : simulate(pay, options, notes);
		// The numbers' findings (funnel-not-sized, kpi-under-covered, ccos-out-of-band...) are the validator's: they
		// are among the findings passed in, and counted once.
		Health health = HealthScoring.assess(engine, findings, levers);
		return new AnalysisResult(engine.name(), engine.displayName(), engine.currency(), engine.periodStart(),
				engine.periodEnd(), engine.revenueTarget() == null ? null : engine.revenueTarget().doubleValue(), funnels,
				levers, capacity, pay, tables, simulation, health, notes, PeriodPayout.of(engine, pay.plans()),
				TerritoryCapacity.of(engine));
	}

	private static SimulationResult simulate(PayAtTarget pay, AnalysisOptions options, List<AnalysisNote> notes) {
		List<PlanPay> simulable = PayoutSimulation.simulable(pay.plans());
		List<String> left = new ArrayList<>();
		for (PlanPay plan : pay.plans()) {
			if (!simulable.contains(plan)) {
				left.add("plan " + ElementNames.local(plan.plan()) + " " + whyNotSimulable(plan));
			}
		}
		if (simulable.isEmpty()) {
			String why = left.isEmpty() ? "the engine has no plan" : String.join("; ", left);
			notes.add(new AnalysisNote(Topic.SIMULATION, "", "no simulation: " + why));
			return null;
		}
		left.forEach(reason -> notes.add(new AnalysisNote(Topic.SIMULATION, "", "not simulated: " + reason)));
		for (PlanPay plan : simulable) {
			for (MeasurePay measure : plan.measures()) {
				if (PayoutSimulation.drawnOnItsOwn(measure, simulable)) {
					notes.add(new AnalysisNote(Topic.SIMULATION, measure.measure(), "overlay measure " + measure.kpi()
							+ " in plan " + ElementNames.local(plan.plan()) + " is drawn on its own: it is credited on no"
							+ " simulated individual quota of its team"));
				}
			}
		}
		return PayoutSimulation.run(simulable, options.simulation());
	}

	private static String whyNotSimulable(PlanPay plan) {
		if (plan.targetIncentive() == null) {
			return "has no known target incentive";
		}
		if (plan.headcount() == null || plan.headcount() == 0) {
			return "has no headcount";
		}
		return "has no measure with a weight";
	}
}
