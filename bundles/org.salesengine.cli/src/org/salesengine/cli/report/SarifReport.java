package org.salesengine.cli.report;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.FindingCauses;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.dsl.validation.RuleCatalogue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: the rule catalogue as the driver's rules (with rationale as help),
 * one result per finding with a relative artifact location and a 1-based region, and its root cause in its properties.
 */
public final class SarifReport {
	/** How many of a cause's other findings a result lists as related locations. */
	static final int MAX_RELATED = 20;
	static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	private SarifReport() {
	}

	public static void write(List<Finding> findings, PrintWriter out) {
		write(findings, List.of(), out);
	}

	/** With the findings of scenarios after the base's, each with a {@code scenario} in its property bag. */
	public static void write(List<Finding> findings, List<ScenarioFinding> scenarios, PrintWriter out) {
		JsonObject log = new JsonObject();
		log.addProperty("$schema", SCHEMA);
		log.addProperty("version", "2.1.0");
		JsonObject run = new JsonObject();
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "salesengine");
		driver.addProperty("semanticVersion", org.salesengine.cli.SalesEngineCli.VERSION);
		JsonArray rules = new JsonArray();
		Map<String, Integer> ruleIndex = new HashMap<>();
		for (Rule rule : Rule.values()) {
			ruleIndex.put(rule.code(), rules.size());
			rules.add(rule(rule));
		}
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);
		run.add("tool", tool);
		JsonArray results = new JsonArray();
		Map<String, List<Finding>> causes = new HashMap<>();
		FindingCauses.group(findings).forEach(cause -> causes.put(cause.get(0).cause(), cause));
		for (Finding finding : findings) {
			results.add(result(finding, ruleIndex, causes.get(finding.cause())));
		}
		for (ScenarioFinding marked : scenarios) {
			JsonObject result = result(marked.finding(), ruleIndex, List.of(marked.finding()));
			JsonObject properties = result.has("properties") ? result.getAsJsonObject("properties") : new JsonObject();
			properties.addProperty("scenario", marked.scenario());
			result.add("properties", properties);
			result.add("message", text("[" + marked.scenario() + "] " + marked.finding().message()));
			results.add(result);
		}
		run.add("results", results);
		JsonObject srcRoot = new JsonObject();
		srcRoot.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
		JsonObject baseIds = new JsonObject();
		baseIds.add("%SRCROOT%", srcRoot);
		run.add("originalUriBaseIds", baseIds);
		JsonArray runs = new JsonArray();
		runs.add(run);
		log.add("runs", runs);
		out.println(JsonReport.GSON.toJson(log));
	}

	private static JsonObject rule(Rule rule) {
		JsonObject object = new JsonObject();
		object.addProperty("id", rule.code());
		object.addProperty("name", camel(rule.code()));
		object.add("shortDescription", text(rule.summary()));
		object.add("fullDescription", text(rule.summary() + " " + rule.rationale()));
		object.add("help", text(rule.rationale()));
		JsonObject configuration = new JsonObject();
		configuration.addProperty("level", level(RuleCatalogue.severity(rule)));
		object.add("defaultConfiguration", configuration);
		JsonObject properties = new JsonObject();
		JsonArray tags = new JsonArray();
		tags.add(rule.pillar().label());
		properties.add("tags", tags);
		object.add("properties", properties);
		return object;
	}

	/**
	 * One result per finding. Its root cause is in {@code properties}: {@code cause} (the id every finding of the cause
	 * shares) and {@code subject}; the cause's other findings (the first {@value #MAX_RELATED}) are its {@code relatedLocations}.
	 */
	private static JsonObject result(Finding finding, Map<String, Integer> ruleIndex, List<Finding> cause) {
		JsonObject result = new JsonObject();
		result.addProperty("ruleId", finding.code());
		Integer index = ruleIndex.get(finding.code());
		if (index != null) {
			result.addProperty("ruleIndex", index);
		}
		result.addProperty("level", level(finding.severityLabel()));
		result.add("message", text(finding.message()));
		JsonObject location = new JsonObject();
		location.add("physicalLocation", physicalLocation(finding));
		if (!finding.element().isEmpty()) {
			JsonArray logical = new JsonArray();
			JsonObject element = new JsonObject();
			element.addProperty("fullyQualifiedName", finding.element());
			logical.add(element);
			location.add("logicalLocations", logical);
		}
		JsonArray locations = new JsonArray();
		locations.add(location);
		result.add("locations", locations);
		if (cause.size() > 1) {
			JsonArray related = new JsonArray();
			for (Finding other : cause) {
				// A cause of thousands of findings (one name declared 10,000 times) must not make the log quadratic.
				if (related.size() == MAX_RELATED) {
					break;
				}
				if (other != finding) {
					JsonObject relatedLocation = new JsonObject();
					relatedLocation.addProperty("id", related.size());
					relatedLocation.add("physicalLocation", physicalLocation(other));
					relatedLocation.add("message", text(other.message()));
					related.add(relatedLocation);
				}
			}
			result.add("relatedLocations", related);
		}
		JsonObject properties = new JsonObject();
		properties.addProperty("cause", finding.cause());
		properties.addProperty("subject", finding.subject());
		properties.addProperty("causeFindings", cause.size());
		result.add("properties", properties);
		return result;
	}

	private static JsonObject physicalLocation(Finding finding) {
		JsonObject artifact = new JsonObject();
		artifact.addProperty("uri", uri(finding.file()));
		artifact.addProperty("uriBaseId", "%SRCROOT%");
		JsonObject region = new JsonObject();
		region.addProperty("startLine", finding.line());
		region.addProperty("startColumn", finding.column());
		region.addProperty("endLine", Math.max(finding.endLine(), finding.line()));
		region.addProperty("endColumn", finding.endLine() > finding.line() ? finding.endColumn()
				: Math.max(finding.endColumn(), finding.column() + 1));
		JsonObject physical = new JsonObject();
		physical.add("artifactLocation", artifact);
		physical.add("region", region);
		return physical;
	}

	/** A relative URI against the working directory, with forward slashes, as code scanning expects. */
	static String uri(String file) {
		Path path = Path.of(file);
		Path relative = path.isAbsolute() ? Path.of("").toAbsolutePath().relativize(path) : path.normalize();
		String text = relative.toString().replace(File.separatorChar, '/');
		StringBuilder encoded = new StringBuilder();
		for (String segment : text.split("/")) {
			if (encoded.length() > 0) {
				encoded.append('/');
			}
			encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return encoded.toString();
	}

	private static String level(String severity) {
		return switch (severity) {
			case "error" -> "error";
			case "warning" -> "warning";
			default -> "note";
		};
	}

	private static JsonObject text(String value) {
		JsonObject object = new JsonObject();
		object.addProperty("text", value);
		return object;
	}

	private static String camel(String code) {
		StringBuilder name = new StringBuilder();
		for (String part : code.split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}
}
