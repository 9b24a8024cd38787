package org.salesengine.analysis.json;

import static org.salesengine.analysis.json.AnalysisJson.array;
import static org.salesengine.analysis.json.AnalysisJson.number;

import org.salesengine.analysis.simulation.MeasureSimulation;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.analysis.simulation.SimulationSettings;

import com.google.gson.JsonObject;

/** The payout simulation's part of the JSON document. */
final class SimulationJson {
	private SimulationJson() {
	}

	static JsonObject simulation(SimulationResult simulation) {
		SimulationSettings settings = simulation.settings();
		JsonObject json = new JsonObject();
		json.addProperty("years", settings.years());
		json.addProperty("seed", settings.seed());
		JsonObject distribution = new JsonObject();
		distribution.addProperty("shape", settings.distribution().shape().label());
		distribution.add("mean", number(settings.distribution().mean()));
		distribution.add("sd", number(settings.distribution().sd()));
		json.add("distribution", distribution);
		json.add("correlation", number(settings.correlation()));
		json.add("churn", number(settings.churn()));
		json.addProperty("repYears", simulation.repYears());
		json.add("targetCost", number(simulation.targetCost()));
		json.add("expectedCost", number(simulation.expectedCost()));
		json.add("p10", number(simulation.p10()));
		json.add("p50", number(simulation.p50()));
		json.add("p90", number(simulation.p90()));
		json.add("shareAtOrAbove100", number(simulation.shareAtOrAbove100()));
		json.add("shareBelowThreshold", number(simulation.shareBelowThreshold()));
		json.add("plans", array(simulation.plans(), SimulationJson::plan));
		return json;
	}

	private static JsonObject plan(PlanSimulation plan) {
		JsonObject json = new JsonObject();
		json.addProperty("plan", plan.plan());
		json.addProperty("headcount", plan.headcount());
		json.add("targetCost", number(plan.targetCost()));
		json.add("expectedCost", number(plan.expectedCost()));
		json.add("p10", number(plan.p10()));
		json.add("p50", number(plan.p50()));
		json.add("p90", number(plan.p90()));
		json.add("shareAtOrAbove100", number(plan.shareAtOrAbove100()));
		json.add("shareBelowThreshold", number(plan.shareBelowThreshold()));
		json.add("measures", array(plan.measures(), SimulationJson::measure));
		json.add("drawCost", number(plan.drawCost()));
		json.add("clawedBack", number(plan.clawedBack()));
		return json;
	}

	private static JsonObject measure(MeasureSimulation measure) {
		JsonObject json = new JsonObject();
		json.addProperty("measure", measure.measure());
		json.addProperty("kpi", measure.kpi());
		json.add("targetIncentive", number(measure.targetIncentive()));
		json.add("expectedPayout", number(measure.expectedPayout()));
		json.add("shareAtOrAbove100", number(measure.shareAtOrAbove100()));
		json.add("shareBelowThreshold", number(measure.shareBelowThreshold()));
		json.addProperty("payout", measure.paidPerPeriod() ? measure.payout() : "annually");
		json.addProperty("periods", measure.paidPerPeriod() ? measure.periods() : 1);
		json.add("annualPayout", measure.paidPerPeriod() ? number(measure.annualPayout()) : number(measure.expectedPayout()));
		return json;
	}
}
