package org.salesengine.analysis.json;

import static org.salesengine.analysis.json.AnalysisJson.array;
import static org.salesengine.analysis.json.AnalysisJson.number;

import org.salesengine.analysis.capacity.TerritoryCapacity;
import org.salesengine.analysis.pay.DrawPay;
import org.salesengine.analysis.pay.PeriodPayout;
import org.salesengine.analysis.pay.SpifPay;
import org.salesengine.model.engine.PayoutCurve;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** JSON of the plan terms (tiers, draws, SPIFs paid as a share, payout by period) and of the territories. */
final class PlanTermsJson {
	private PlanTermsJson() {
	}

	/** A tier; an open end is null. */
	static JsonObject tier(PayoutCurve.Band tier) {
		JsonObject json = new JsonObject();
		json.add("from", number(tier.from()));
		json.add("to", number(tier.to()));
		json.add("rate", number(tier.rate()));
		return json;
	}

	static JsonObject draw(DrawPay draw) {
		JsonObject json = new JsonObject();
		json.add("amount", number(draw.amount()));
		json.addProperty("months", draw.months());
		json.addProperty("recoverable", draw.recoverable());
		json.addProperty("hires", draw.hires());
		json.add("perHead", number(draw.perHead()));
		json.add("costAtTarget", number(draw.costAtTarget()));
		return json;
	}

	static JsonObject spif(SpifPay spif) {
		JsonObject json = new JsonObject();
		json.addProperty("spif", spif.spif());
		json.addProperty("kpi", spif.kpi());
		json.add("share", number(spif.share()));
		json.add("kpiTarget", number(spif.kpiTarget()));
		json.add("windowShare", number(spif.windowShare()));
		json.add("cost", number(spif.cost()));
		return json;
	}

	static JsonObject periodPayout(PeriodPayout payout) {
		JsonObject json = new JsonObject();
		json.addProperty("plan", payout.plan());
		json.addProperty("measure", payout.measure());
		json.addProperty("kpi", payout.kpi());
		json.addProperty("payout", payout.payout());
		json.add("periods", array(payout.rows(), row -> {
			JsonObject period = new JsonObject();
			period.addProperty("period", row.label());
			period.add("quota", number(row.quota()));
			period.add("sold", number(row.sold()));
			period.add("attainment", number(row.attainment()));
			period.add("incentive", number(row.incentive()));
			period.add("payout", number(row.payout()));
			return period;
		}));
		json.add("total", number(payout.total()));
		json.add("annual", number(payout.annual()));
		return json;
	}

	static JsonObject territory(TerritoryCapacity territory) {
		JsonObject json = new JsonObject();
		json.addProperty("territory", territory.territory());
		json.add("segments", strings(territory.segments()));
		json.add("teams", strings(territory.teams()));
		json.add("roles", strings(territory.roles()));
		json.addProperty("heads", territory.heads());
		json.add("streetQuota", number(territory.streetQuota()));
		json.add("processes", strings(territory.processes()));
		json.add("target", number(territory.target()));
		json.add("coverage", number(territory.coverage()));
		json.add("uncoveredSegments", strings(territory.uncovered()));
		return json;
	}

	private static JsonArray strings(java.util.List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
