package org.salesengine.analysis.json;

import static org.salesengine.analysis.json.AnalysisJson.array;
import static org.salesengine.analysis.json.AnalysisJson.number;

import org.salesengine.analysis.capacity.ActivityCoverage;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.EntryTiming;
import org.salesengine.analysis.capacity.KpiQuota;
import org.salesengine.analysis.capacity.QuarterCapacity;
import org.salesengine.analysis.capacity.QuotaShare;
import org.salesengine.analysis.capacity.RoleCapacity;
import org.salesengine.analysis.capacity.StageDemand;
import org.salesengine.model.engine.CapacityWaterfall;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** The capacity part of the analysis JSON: street quotas, the waterfall, roles by month, quarters, timing, coverage. */
final class CapacityJson {
	private CapacityJson() {
	}

	static JsonObject capacity(Capacity capacity) {
		JsonObject json = new JsonObject();
		json.add("revenueTarget", number(capacity.revenueTarget()));
		json.add("streetQuota", number(capacity.streetQuota()));
		json.add("streetQuotaShares", array(capacity.streetQuotaShares(), CapacityJson::share));
		json.add("overAssignment", number(capacity.overAssignment()));
		json.add("effectiveStreetQuota", number(capacity.effectiveStreetQuota()));
		json.add("waterfall", capacity.waterfall() == null ? JsonNull.INSTANCE : waterfall(capacity.waterfall()));
		JsonArray months = new JsonArray();
		capacity.months().forEach(months::add);
		json.add("months", months);
		json.add("roles", array(capacity.roles(), CapacityJson::role));
		json.addProperty("seasonal", capacity.seasonal());
		json.add("quarters", array(capacity.quarters(), CapacityJson::quarter));
		json.add("entryTimings", array(capacity.timings(), CapacityJson::timing));
		json.add("kpis", array(capacity.kpis(), CapacityJson::kpiQuota));
		json.add("activities", array(capacity.activities(), CapacityJson::activity));
		return json;
	}

	private static JsonObject waterfall(CapacityWaterfall waterfall) {
		JsonObject json = new JsonObject();
		json.add("nominal", number(waterfall.nominal()));
		json.add("startDates", number(waterfall.startDates()));
		json.add("ramp", number(waterfall.ramp()));
		json.add("attrition", number(waterfall.attrition()));
		json.add("overlap", number(waterfall.overlap()));
		json.add("effective", number(waterfall.effective()));
		return json;
	}

	private static JsonObject role(RoleCapacity role) {
		JsonObject json = new JsonObject();
		json.addProperty("role", role.role());
		json.addProperty("headcount", role.headcount());
		json.addProperty("hires", role.hires());
		json.add("attrition", number(role.attrition()));
		json.addProperty("ramp", role.ramp());
		json.add("quotaPerHead", number(role.quotaPerHead()));
		json.add("waterfall", waterfall(role.waterfall()));
		JsonArray heads = new JsonArray();
		role.productiveHeads().forEach(h -> heads.add(number(h)));
		json.add("productiveHeads", heads);
		return json;
	}

	private static JsonObject quarter(QuarterCapacity quarter) {
		JsonObject json = new JsonObject();
		json.addProperty("quarter", quarter.quarter());
		json.addProperty("firstMonth", quarter.firstMonth());
		json.add("share", number(quarter.share()));
		json.add("target", number(quarter.target()));
		json.add("effective", number(quarter.effective()));
		json.add("coverage", number(quarter.coverage()));
		return json;
	}

	private static JsonObject timing(EntryTiming timing) {
		JsonObject json = new JsonObject();
		json.addProperty("process", timing.process());
		json.addProperty("stage", timing.stage());
		json.addProperty("cycleMonths", timing.cycleMonths());
		json.add("beforePeriod", number(timing.beforePeriod()));
		JsonArray entries = new JsonArray();
		timing.entries().forEach(e -> entries.add(number(e)));
		json.add("entries", entries);
		return json;
	}

	private static JsonObject share(QuotaShare share) {
		JsonObject json = new JsonObject();
		json.addProperty("plan", share.plan());
		json.addProperty("measure", share.measure());
		json.addProperty("credit", share.credit());
		json.add("quota", number(share.quota()));
		json.addProperty("headcount", share.headcount());
		json.add("total", number(share.total()));
		return json;
	}

	private static JsonObject kpiQuota(KpiQuota kpi) {
		JsonObject json = new JsonObject();
		json.addProperty("kpi", kpi.kpi());
		json.addProperty("unit", kpi.unit());
		json.add("target", number(kpi.target()));
		json.add("assigned", number(kpi.assigned()));
		json.addProperty("individual", kpi.individual());
		json.add("coverage", number(kpi.coverage()));
		json.add("shares", array(kpi.shares(), CapacityJson::share));
		return json;
	}

	private static JsonObject activity(ActivityCoverage activity) {
		JsonObject json = new JsonObject();
		json.addProperty("measure", activity.measure());
		json.addProperty("role", activity.role());
		json.addProperty("kpi", activity.kpi());
		json.add("quota", number(activity.quota()));
		json.addProperty("headcount", activity.headcount());
		json.add("capacity", number(activity.capacity()));
		json.add("needed", number(activity.needed()));
		json.add("coverage", number(activity.coverage()));
		json.addProperty("matchedBy", activity.matchedBy().label());
		json.add("demands", array(activity.demands(), CapacityJson::demand));
		return json;
	}

	private static JsonObject demand(StageDemand demand) {
		JsonObject json = new JsonObject();
		json.addProperty("process", demand.process());
		json.addProperty("stage", demand.stage());
		json.add("neededAtExit", number(demand.neededAtExit()));
		json.add("neededAtEntry", number(demand.neededAtEntry()));
		json.addProperty("flow", demand.flow());
		return json;
	}
}
