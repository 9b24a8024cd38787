package org.salesengine.analysis.json;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.dsl.load.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * One engine's analysis as JSON, field by field, so the schema (docs/analysis-schema.json) changes only on purpose.
 * Numbers are rounded to 6 decimals and written in plain notation (17700000, not 1.77E7); unknown values are null.
 * UI-free, for every place that hands the analysis out: {@code salesengine analyze --format json} and the language
 * server's {@code salesengine/analysis}.
 */
public final class AnalysisJson {
	/** Identifies the document's schema; raised when a field changes meaning or disappears. */
	public static final String SCHEMA = "salesengine-analysis/2";

	private AnalysisJson() {
	}

	/**
	 * The whole document: the schema, one entry per engine ({@code results} and {@code findings} side by side, the
	 * validator's findings on each engine's files), and the findings in files that hold no engine.
	 */
	public static JsonObject document(List<AnalysisResult> results, List<List<Finding>> findings, List<Finding> elsewhere) {
		JsonObject document = new JsonObject();
		document.addProperty("schema", SCHEMA);
		JsonArray engines = new JsonArray();
		for (int i = 0; i < results.size(); i++) {
			engines.add(engine(results.get(i), findings.get(i)));
		}
		document.add("engines", engines);
		document.add("findingsOutsideEngines", array(elsewhere, AnalysisJson::finding));
		return document;
	}

	public static JsonObject engine(AnalysisResult result, List<Finding> validatorFindings) {
		JsonObject json = new JsonObject();
		json.addProperty("engine", result.engine());
		json.addProperty("displayName", result.displayName());
		json.addProperty("currency", result.currency());
		JsonObject period = new JsonObject();
		period.addProperty("start", result.periodStart());
		period.addProperty("end", result.periodEnd());
		json.add("period", period);
		json.add("revenueTarget", number(result.revenueTarget()));
		JsonObject validation = new JsonObject();
		validation.addProperty("errors", validatorFindings.stream().filter(Finding::isError).count());
		validation.addProperty("warnings", validatorFindings.stream().filter(f -> f.severityLabel().equals("warning")).count());
		validation.addProperty("infos", validatorFindings.stream().filter(f -> f.severityLabel().equals("info")).count());
		json.add("validator", validation);
		json.add("funnels", array(result.funnels(), AnalysisJson::funnel));
		json.add("levers", array(result.levers(), AnalysisJson::lever));
		json.add("capacity", CapacityJson.capacity(result.capacity()));
		json.add("pay", pay(result.pay()));
		json.add("payoutTables", array(result.payoutTables(), AnalysisJson::payoutTable));
		json.add("simulation", result.simulation() == null ? JsonNull.INSTANCE : SimulationJson.simulation(result.simulation()));
		json.add("health", HealthJson.health(result.health()));
		json.add("notes", array(result.notes(), AnalysisJson::note));
		json.add("periodPayouts", array(result.periodPayouts(), PlanTermsJson::periodPayout));
		json.add("territories", array(result.territories(), PlanTermsJson::territory));
		return json;
	}

	private static JsonObject funnel(Funnel funnel) {
		JsonObject json = new JsonObject();
		json.addProperty("process", funnel.process());
		json.addProperty("kpi", funnel.kpi());
		json.addProperty("kpiUnit", funnel.kpiUnit());
		json.add("kpiTarget", number(funnel.kpiTarget()));
		json.add("averageDeal", number(funnel.averageDeal()));
		json.add("dealsNeeded", number(funnel.dealsNeeded()));
		json.add("winRate", number(funnel.winRate()));
		json.add("cycleDays", funnel.cycleDays() == null ? JsonNull.INSTANCE : new JsonPrimitive(funnel.cycleDays()));
		json.add("stages", array(funnel.stages(), AnalysisJson::stage));
		return json;
	}

	private static JsonObject stage(StageNeed stage) {
		JsonObject json = new JsonObject();
		json.addProperty("stage", stage.stage());
		json.addProperty("owner", stage.owner());
		json.add("conversion", number(stage.conversion()));
		json.add("durationDays", stage.durationDays() == null ? JsonNull.INSTANCE : new JsonPrimitive(stage.durationDays()));
		json.add("neededAtEntry", number(stage.neededAtEntry()));
		json.add("neededAtExit", number(stage.neededAtExit()));
		return json;
	}

	private static JsonObject lever(FunnelLever lever) {
		JsonObject json = new JsonObject();
		json.addProperty("process", lever.process());
		json.addProperty("stage", lever.stage());
		json.addProperty("owner", lever.owner());
		json.add("conversion", number(lever.conversion()));
		json.add("raisedConversion", number(lever.raisedConversion()));
		json.add("extraDeals", number(lever.extraDeals()));
		json.add("extraBookings", number(lever.extraBookings()));
		json.addProperty("kpi", lever.kpi());
		return json;
	}

	private static JsonObject pay(PayAtTarget pay) {
		JsonObject json = new JsonObject();
		json.add("totalOnTargetEarnings", number(pay.totalOnTargetEarnings()));
		json.add("totalBase", number(pay.totalBase()));
		json.add("totalTargetIncentive", number(pay.totalTargetIncentive()));
		json.addProperty("headcount", pay.headcount());
		json.add("costOfSales", number(pay.costOfSales()));
		JsonObject band = new JsonObject();
		band.add("low", number(pay.bandLow()));
		band.add("high", number(pay.bandHigh()));
		band.addProperty("origin", pay.bandOrigin());
		json.add("costOfSalesBand", band);
		json.add("plans", array(pay.plans(), AnalysisJson::plan));
		json.add("drawCost", number(pay.drawCost()));
		json.add("spifs", array(pay.spifs(), PlanTermsJson::spif));
		return json;
	}

	private static JsonObject plan(PlanPay plan) {
		JsonObject json = new JsonObject();
		json.addProperty("plan", plan.plan());
		json.addProperty("role", plan.role());
		json.add("headcount", plan.headcount() == null ? JsonNull.INSTANCE : new JsonPrimitive(plan.headcount()));
		json.add("onTargetEarnings", number(plan.onTargetEarnings()));
		json.add("base", number(plan.base()));
		json.add("targetIncentive", number(plan.targetIncentive()));
		json.add("teamOnTargetEarnings", number(plan.teamOnTargetEarnings()));
		json.add("teamBase", number(plan.teamBase()));
		json.add("teamTargetIncentive", number(plan.teamTargetIncentive()));
		json.add("measures", array(plan.measures(), AnalysisJson::measure));
		json.addProperty("payout", plan.payout());
		json.add("draw", plan.draw() == null ? JsonNull.INSTANCE : PlanTermsJson.draw(plan.draw()));
		json.add("clawbackDays", plan.clawbackDays() == null ? JsonNull.INSTANCE : new JsonPrimitive(plan.clawbackDays()));
		return json;
	}

	private static JsonObject measure(MeasurePay measure) {
		JsonObject json = new JsonObject();
		json.addProperty("measure", measure.measure());
		json.addProperty("kpi", measure.kpi());
		json.add("weight", number(measure.weight()));
		json.add("targetIncentive", number(measure.targetIncentive()));
		json.addProperty("credit", measure.credit());
		json.add("quota", number(measure.quota()));
		JsonArray creditedOn = new JsonArray();
		measure.creditedOn().forEach(creditedOn::add);
		json.add("creditedOn", creditedOn);
		PayoutCurve curve = measure.curve();
		JsonObject curveJson = new JsonObject();
		curveJson.add("threshold", number(curve.threshold()));
		curveJson.add("accelerator", number(curve.accelerator()));
		curveJson.add("acceleratorAbove", number(curve.knee()));
		curveJson.add("cap", curve.hasCap() ? number(curve.cap()) : JsonNull.INSTANCE);
		curveJson.add("tiers", array(curve.tiers(), PlanTermsJson::tier));
		json.add("curve", curveJson);
		json.add("mboChance", number(measure.chance()));
		return json;
	}

	private static JsonObject payoutTable(PayoutTable table) {
		JsonObject json = new JsonObject();
		json.addProperty("plan", table.plan());
		JsonArray measures = new JsonArray();
		table.measures().forEach(measures::add);
		json.add("measures", measures);
		json.add("rows", array(table.rows(), row -> {
			JsonObject rowJson = new JsonObject();
			rowJson.add("attainment", number(row.attainment()));
			JsonArray payouts = new JsonArray();
			row.payouts().forEach(p -> payouts.add(number(p)));
			rowJson.add("payouts", payouts);
			rowJson.add("total", number(row.total()));
			return rowJson;
		}));
		return json;
	}

	public static JsonObject finding(Finding finding) {
		JsonObject json = new JsonObject();
		json.addProperty("file", finding.file());
		json.addProperty("line", finding.line());
		json.addProperty("column", finding.column());
		json.addProperty("severity", finding.severityLabel());
		json.addProperty("code", finding.code());
		json.addProperty("message", finding.message());
		json.addProperty("element", finding.element());
		json.addProperty("cause", finding.cause());
		json.addProperty("subject", finding.subject());
		return json;
	}

	private static JsonObject note(AnalysisNote note) {
		JsonObject json = new JsonObject();
		json.addProperty("topic", note.topic().label());
		json.addProperty("element", note.element());
		json.addProperty("reason", note.reason());
		return json;
	}

	static <T> JsonArray array(List<T> items, Function<T, ? extends JsonElement> toJson) {
		JsonArray array = new JsonArray();
		items.forEach(item -> array.add(toJson.apply(item)));
		return array;
	}

	static JsonElement number(Double value) {
		if (value == null || value.isNaN() || value.isInfinite()) {
			return JsonNull.INSTANCE;
		}
		BigDecimal rounded = new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
		return new JsonPrimitive(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
	}
}
