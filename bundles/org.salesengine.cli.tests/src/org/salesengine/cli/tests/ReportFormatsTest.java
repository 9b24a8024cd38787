package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesengine.dsl.validation.Rule;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** JSON and SARIF output: valid JSON with the documented fields, and SARIF 2.1.0 as GitHub code scanning reads it. */
class ReportFormatsTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	@Test
	void jsonIsAnArrayOfFindingsWithTheDocumentedFields() {
		String broken = TestFiles.example("broken.sales").toString();
		CliRun cli = SALESENGINE.run("check", "--format", "json", broken);
		assertEquals(1, cli.exitCode());
		JsonArray findings = JsonParser.parseString(cli.out()).getAsJsonArray();
		assertEquals(26, findings.size());
		for (JsonElement element : findings) {
			assertEquals(Set.of("file", "line", "column", "severity", "code", "message", "element", "cause", "subject"),
					element.getAsJsonObject().keySet());
		}
		JsonObject csm = findings.get(3).getAsJsonObject();
		assertEquals(broken, csm.get("file").getAsString());
		assertEquals(16, csm.get("line").getAsInt());
		assertEquals(10, csm.get("column").getAsInt());
		assertEquals("error", csm.get("severity").getAsString());
		assertEquals("quota-role-without-plan", csm.get("code").getAsString());
		assertEquals("role CSM carries quota but no plan pays it", csm.get("message").getAsString());
		assertEquals("Initech.CSM", csm.get("element").getAsString());
		assertEquals("quota-role-without-plan@Initech.CSM", csm.get("cause").getAsString());
		assertEquals("role CSM", csm.get("subject").getAsString());
		// One object per finding; the two formula-cycle findings share the id of their cause.
		List<String> cycle = new ArrayList<>();
		for (JsonElement element : findings) {
			if (element.getAsJsonObject().get("code").getAsString().equals("formula-cycle")) {
				cycle.add(element.getAsJsonObject().get("line").getAsInt() + " " + element.getAsJsonObject().get("cause").getAsString()
						+ " / " + element.getAsJsonObject().get("subject").getAsString());
			}
		}
		assertEquals(List.of("39 formula-cycle@Initech.Velocity+Initech.WinShare / the formula cycle of KPIs Velocity, WinShare",
				"43 formula-cycle@Initech.Velocity+Initech.WinShare / the formula cycle of KPIs Velocity, WinShare"), cycle);
	}

	@Test
	void jsonOfACleanEngineIsAnEmptyArray() {
		CliRun cli = SALESENGINE.run("check", "--format", "json", TestFiles.example("acme.sales").toString());
		assertEquals(0, cli.exitCode());
		assertEquals(0, JsonParser.parseString(cli.out()).getAsJsonArray().size());
	}

	@Test
	void sarifHasTheStructureCodeScanningRequires() {
		CliRun cli = SALESENGINE.run("check", "--format", "sarif", TestFiles.example("broken.sales").toString());
		assertEquals(1, cli.exitCode());
		JsonObject log = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals("2.1.0", log.get("version").getAsString());
		assertTrue(log.get("$schema").getAsString().endsWith("sarif-schema-2.1.0.json"));
		JsonArray runs = log.getAsJsonArray("runs");
		assertEquals(1, runs.size());
		JsonObject run = runs.get(0).getAsJsonObject();
		JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
		assertEquals("salesengine", driver.get("name").getAsString());
		JsonArray rules = driver.getAsJsonArray("rules");
		assertEquals(Rule.values().length, rules.size());
		Set<String> ruleIds = new HashSet<>();
		for (JsonElement rule : rules) {
			JsonObject object = rule.getAsJsonObject();
			ruleIds.add(object.get("id").getAsString());
			assertFalse(object.getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
			assertTrue(List.of("error", "warning", "note").contains(
					object.getAsJsonObject("defaultConfiguration").get("level").getAsString()));
		}
		JsonArray results = run.getAsJsonArray("results");
		assertEquals(26, results.size());
		for (JsonElement element : results) {
			JsonObject result = element.getAsJsonObject();
			String ruleId = result.get("ruleId").getAsString();
			assertTrue(ruleIds.contains(ruleId), ruleId);
			assertEquals(ruleId, rules.get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
			assertTrue(List.of("error", "warning", "note").contains(result.get("level").getAsString()));
			assertFalse(result.getAsJsonObject("message").get("text").getAsString().isBlank());
			JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
			String uri = physical.getAsJsonObject("artifactLocation").get("uri").getAsString();
			assertTrue(uri.endsWith("examples/broken.sales") && !uri.startsWith("/") && !uri.contains("\\"), uri);
			JsonObject region = physical.getAsJsonObject("region");
			assertTrue(region.get("startLine").getAsInt() >= 1);
			assertTrue(region.get("startColumn").getAsInt() >= 1);
			assertTrue(region.get("endColumn").getAsInt() > region.get("startColumn").getAsInt()
					|| region.get("endLine").getAsInt() > region.get("startLine").getAsInt());
		}
		JsonObject first = results.get(3).getAsJsonObject();
		assertEquals("quota-role-without-plan", first.get("ruleId").getAsString());
		assertEquals("error", first.get("level").getAsString());
		assertEquals("Initech.CSM", first.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("fullyQualifiedName").getAsString());
		assertTrue(run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString().endsWith("/"));
		JsonObject own = first.getAsJsonObject("properties");
		assertEquals("quota-role-without-plan@Initech.CSM", own.get("cause").getAsString());
		assertEquals(1, own.get("causeFindings").getAsInt());
		assertEquals(null, first.get("relatedLocations"), "a cause of one finding has no related locations");
		// The formula cycle's two results share their cause and point at each other.
		JsonObject velocity = results.get(13).getAsJsonObject();
		assertEquals("formula-cycle", velocity.get("ruleId").getAsString());
		assertEquals("formula-cycle@Initech.Velocity+Initech.WinShare", velocity.getAsJsonObject("properties").get("cause").getAsString());
		assertEquals(2, velocity.getAsJsonObject("properties").get("causeFindings").getAsInt());
		JsonObject related = velocity.getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
		assertEquals(43, related.getAsJsonObject("physicalLocation").getAsJsonObject("region").get("startLine").getAsInt());
		assertEquals("KPI WinShare depends on itself: WinShare → Velocity → WinShare", related.getAsJsonObject("message").get("text").getAsString());
	}
}
