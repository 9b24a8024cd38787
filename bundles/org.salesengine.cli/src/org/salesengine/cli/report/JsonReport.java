package org.salesengine.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.Profile;
import org.salesengine.dsl.validation.RuleCatalogue;
import org.salesengine.dsl.validation.RuleParameter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Findings as a JSON array of {file, line, column, severity, code, message, element, cause, subject}: one object per
 * finding; the findings of one root cause share its {@code cause} id.
 */
public final class JsonReport {
	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private JsonReport() {
	}

	public static void write(List<Finding> findings, PrintWriter out) {
		write(findings, List.of(), out);
	}

	/** With the findings of scenarios after the base's, each with a {@code scenario} property. */
	public static void write(List<Finding> findings, List<ScenarioFinding> scenarios, PrintWriter out) {
		JsonArray array = new JsonArray();
		for (Finding finding : findings) {
			array.add(finding(finding));
		}
		for (ScenarioFinding marked : scenarios) {
			JsonObject object = finding(marked.finding());
			object.addProperty("scenario", marked.scenario());
			array.add(object);
		}
		out.println(GSON.toJson(array));
	}

	/** One finding as the array holds it: file, line, column, severity, code, message, element, cause, subject. */
	public static JsonObject finding(Finding finding) {
		return org.salesengine.analysis.json.AnalysisJson.finding(finding);
	}

	public static void writeRules(PrintWriter out) {
		JsonArray array = new JsonArray();
		for (Rule rule : Rule.values()) {
			JsonObject object = new JsonObject();
			object.addProperty("code", rule.code());
			object.addProperty("severity", RuleCatalogue.severity(rule));
			object.addProperty("pillar", rule.pillar().label());
			object.addProperty("summary", rule.summary());
			object.addProperty("rationale", rule.rationale());
			object.addProperty("configurable", rule.configurable());
			JsonArray parameters = new JsonArray();
			for (RuleParameter parameter : rule.parameters()) {
				JsonObject p = new JsonObject();
				p.addProperty("name", parameter.name());
				p.addProperty("shape", parameter.shape().name().toLowerCase(java.util.Locale.ROOT));
				p.addProperty("meaning", parameter.meaning());
				JsonObject defaults = new JsonObject();
				for (Profile profile : Profile.values()) {
					defaults.addProperty(profile.code(), parameter.defaultFor(profile).written(parameter.shape()));
				}
				p.add("defaults", defaults);
				p.addProperty("source", parameter.source());
				parameters.add(p);
			}
			object.add("parameters", parameters);
			array.add(object);
		}
		out.println(GSON.toJson(array));
	}
}
