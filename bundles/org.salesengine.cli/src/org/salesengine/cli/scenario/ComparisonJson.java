package org.salesengine.cli.scenario;

import java.io.PrintWriter;

import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.simulation.SimulationSettings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The comparison for tools: {@code {"schema", "engine", "currency", "simulation", "scenarios": [{"name", "displayName",
 * "changes": [{"element", "path", "before", "after"}]}], "rows": [{"key", "label", "values": [...], "deltas": [...]}]}};
 * a change's element is its qualified name as the language writes it ({@code AcmeEmea.NewBusiness.Lead}, as in the diff);
 * values are numbers (fractions for percentages) or text, deltas numbers or null.
 */
public final class ComparisonJson {
	public static final String SCHEMA = "salesengine-compare/1";
	static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private ComparisonJson() {
	}

	public static void write(ScenarioComparison comparison, SimulationSettings simulation, PrintWriter out) {
		out.println(GSON.toJson(document(comparison, simulation)));
	}

	public static JsonObject document(ScenarioComparison comparison, SimulationSettings simulation) {
		JsonObject document = new JsonObject();
		document.addProperty("schema", SCHEMA);
		document.addProperty("engine", comparison.engine());
		document.addProperty("currency", comparison.currency());
		if (simulation != null) {
			JsonObject settings = new JsonObject();
			settings.addProperty("years", simulation.years());
			settings.addProperty("seed", simulation.seed());
			document.add("simulation", settings);
		}
		JsonArray scenarios = new JsonArray();
		for (ScenarioEngine scenario : comparison.scenarios()) {
			JsonObject object = new JsonObject();
			object.addProperty("name", scenario.name());
			object.addProperty("displayName", scenario.displayName());
			JsonArray changes = new JsonArray();
			for (ScenarioChange change : scenario.changes()) {
				JsonObject c = new JsonObject();
				c.addProperty("element", change.name());
				c.addProperty("path", change.path());
				c.addProperty("before", change.before());
				c.addProperty("after", change.after());
				changes.add(c);
			}
			object.add("changes", changes);
			scenarios.add(object);
		}
		document.add("scenarios", scenarios);
		document.add("rows", rows(comparison));
		return document;
	}

	public static JsonArray rows(ScenarioComparison comparison) {
		JsonArray rows = new JsonArray();
		for (ComparisonRow row : comparison.rows()) {
			JsonObject object = new JsonObject();
			object.addProperty("key", row.key());
			object.addProperty("label", row.label().trim());
			JsonArray values = new JsonArray();
			JsonArray deltas = new JsonArray();
			for (int c = 0; c < row.values().size(); c++) {
				Object value = row.values().get(c);
				values.add(value == null ? null : value instanceof Number n ? new JsonPrimitive(n) : new JsonPrimitive(value.toString()));
				Double delta = row.deltaValue(c);
				deltas.add(delta == null ? null : new JsonPrimitive(delta));
			}
			object.add("values", values);
			object.add("deltas", deltas);
			rows.add(object);
		}
		return rows;
	}
}
