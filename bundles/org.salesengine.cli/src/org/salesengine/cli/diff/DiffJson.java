package org.salesengine.cli.diff;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.analysis.diff.ElementDiff;
import org.salesengine.analysis.diff.ElementDiff.PropertyDiff;
import org.salesengine.analysis.diff.EngineDiff;
import org.salesengine.cli.report.JsonReport;
import org.salesengine.dsl.load.Finding;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The diff for tools: {@code {"schema", "old", "new", "engines": [{"engine", "elements": [{"kind", "element", "type",
 * "oldId", "properties": [{"property", "before", "after"}]}], "introduced": [finding], "resolved": [finding],
 * "figures": [row as in compare's JSON, values old and new]}]}}.
 */
public final class DiffJson {
	public static final String SCHEMA = "salesengine-diff/1";
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	private DiffJson() {
	}

	public static void write(String old, String now, List<EngineDiff> diffs, PrintWriter out) {
		JsonObject document = new JsonObject();
		document.addProperty("schema", SCHEMA);
		document.addProperty("old", old);
		document.addProperty("new", now);
		JsonArray engines = new JsonArray();
		for (EngineDiff diff : diffs) {
			JsonObject engine = new JsonObject();
			engine.addProperty("engine", diff.engine());
			JsonArray elements = new JsonArray();
			for (ElementDiff element : diff.elements()) {
				JsonObject e = new JsonObject();
				e.addProperty("kind", element.kind().label());
				e.addProperty("element", element.element());
				e.addProperty("type", element.type());
				e.addProperty("oldId", element.oldId());
				JsonArray properties = new JsonArray();
				for (PropertyDiff property : element.properties()) {
					JsonObject p = new JsonObject();
					p.addProperty("property", property.property());
					p.addProperty("before", property.before());
					p.addProperty("after", property.after());
					properties.add(p);
				}
				e.add("properties", properties);
				elements.add(e);
			}
			engine.add("elements", elements);
			engine.add("introduced", findings(diff.introduced()));
			engine.add("resolved", findings(diff.resolved()));
			engine.add("figures", diff.figures() == null ? new JsonArray()
					: org.salesengine.cli.scenario.ComparisonJson.rows(diff.figures()));
			engines.add(engine);
		}
		document.add("engines", engines);
		out.println(GSON.toJson(document));
	}

	private static JsonArray findings(List<Finding> findings) {
		JsonArray array = new JsonArray();
		findings.forEach(f -> array.add(JsonReport.finding(f)));
		return array;
	}
}
