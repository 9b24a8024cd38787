package org.salesengine.analysis.json;

import static org.salesengine.analysis.json.AnalysisJson.array;
import static org.salesengine.analysis.json.AnalysisJson.number;

import org.salesengine.analysis.health.BiggestShift;
import org.salesengine.analysis.health.Health;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.ScoredCause;
import org.salesengine.analysis.health.ScoredFinding;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The health part of the JSON document: pillars weakest first, and the biggest shift. */
final class HealthJson {
	private HealthJson() {
	}

	static JsonObject health(Health health) {
		JsonObject json = new JsonObject();
		json.add("pillars", array(health.pillars(), HealthJson::pillar));
		BiggestShift shift = health.biggestShift();
		JsonObject shiftJson = new JsonObject();
		shiftJson.addProperty("pillar", shift.pillar() == null ? null : shift.pillar().id());
		shiftJson.addProperty("basis", shift.basis().label());
		shiftJson.addProperty("headline", shift.headline());
		JsonArray reasons = new JsonArray();
		shift.reasons().forEach(reasons::add);
		shiftJson.add("reasons", reasons);
		json.add("biggestShift", shiftJson);
		return json;
	}

	private static JsonObject pillar(PillarHealth pillar) {
		JsonObject json = new JsonObject();
		json.addProperty("pillar", pillar.pillar().id());
		json.addProperty("label", pillar.pillar().label());
		json.addProperty("score", pillar.score());
		json.add("penalty", number(pillar.penalty()));
		json.addProperty("errors", pillar.errors());
		json.addProperty("warnings", pillar.warnings());
		json.addProperty("infos", pillar.infos());
		json.add("findings", array(pillar.findings(), HealthJson::scored));
		json.add("causes", array(pillar.causes(), HealthJson::cause));
		return json;
	}

	private static JsonObject cause(ScoredCause cause) {
		JsonObject json = new JsonObject();
		json.addProperty("cause", cause.cause());
		json.addProperty("code", cause.first().code());
		json.addProperty("severity", cause.first().severityLabel());
		json.addProperty("subject", cause.first().subject());
		json.addProperty("headline", cause.headline());
		json.addProperty("findings", cause.findings().size());
		json.addProperty("objective", cause.objective());
		json.add("priority", cause.priority() == null ? JsonNull.INSTANCE : new JsonPrimitive(cause.priority()));
		json.add("penalty", number(cause.penalty()));
		return json;
	}

	private static JsonObject scored(ScoredFinding scored) {
		JsonObject json = AnalysisJson.finding(scored.finding());
		json.addProperty("origin", scored.origin().label());
		json.addProperty("objective", scored.objective());
		json.add("priority", scored.priority() == null ? JsonNull.INSTANCE : new JsonPrimitive(scored.priority()));
		json.add("penalty", number(scored.penalty()));
		return json;
	}
}
