package org.salesengine.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's own requests, each compared with what the command line gives for the same files: the analysis JSON
 * ({@code analyze --format json}), a table's rows ({@code table}), a saved view's SVG ({@code render --view}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRequestsTest {
	private static final long SECONDS = ServerSession.SECONDS;

	private ServerSession session;

	@BeforeAll
	void start() throws Exception {
		session = new ServerSession();
	}

	@AfterAll
	void stop() throws Exception {
		if (session != null) {
			session.close();
		}
	}

	@Test
	void analysisIsTheJsonOfAnalyze() throws Exception {
		session.open("examples/broken.sales");
		JsonObject served = session.server.server.analysis(Map.of("uri", session.uri("examples/broken.sales"))).get(SECONDS, TimeUnit.SECONDS);
		// The command line, given the same file by its absolute path (the findings' "file" is the path as given, the
		// server's is the file's path): exit 1, broken.sales has errors.
		Path broken = session.workspace.resolve("examples/broken.sales");
		CliProcess analyze = CliProcess.run("analyze", "--format", "json", broken.toString());
		assertEquals(1, analyze.exitCode(), analyze.err());
		assertEquals(JsonParser.parseString(analyze.out()), served);
		JsonObject engine = served.getAsJsonArray("engines").get(0).getAsJsonObject();
		JsonObject shift = engine.getAsJsonObject("health").getAsJsonObject("biggestShift");
		assertEquals("Strengthen metrics & compensation first: it scores 25/100, with 7 errors and 9 warnings.", shift.get("headline").getAsString());
	}

	@Test
	void analysisOfOneFileIsTheWholeEngines() throws Exception {
		// compensation.sales holds neither the engine's revenue target (strategy.sales) nor its roles (structure.sales).
		JsonObject served = session.server.server.analysis(Map.of("uri", session.uri("split/compensation.sales"))).get(SECONDS, TimeUnit.SECONDS);
		JsonArray engines = served.getAsJsonArray("engines");
		assertEquals(1, engines.size(), "the other engine of the folder is not analysed");
		JsonObject engine = engines.get(0).getAsJsonObject();
		assertEquals("AcmeEmea", engine.get("engine").getAsString());
		assertEquals(16_000_000, engine.get("revenueTarget").getAsLong());
		// Headcount of the plans' roles: AE 12 + SDR 10 + AM 5 = 27.
		assertEquals(27, engine.getAsJsonObject("pay").get("headcount").getAsInt());
	}

	@Test
	void tableRowsAreTheTableOfTheWholeEngine() throws Exception {
		// Asked from compensation.sales: the roles are declared in structure.sales, their plans here. The same cells as
		// 'salesengine table --table roles' of the five files:
		//   role  display name       headcount  ramp      carries quota  reports to  plan    OTE   mix
		//   AE    Account executive  12         6 months  yes            Manager     AEPlan  140k  50/50
		JsonObject table = session.server.server.table(Map.of("uri", session.uri("split/compensation.sales"), "table", "roles"))
				.get(SECONDS, TimeUnit.SECONDS);
		assertEquals("Acme Analytics EMEA: roles", table.get("title").getAsString());
		assertEquals(List.of("headcount", "ramp", "carries quota", "reports to", "plan", "OTE", "mix"), strings(table.getAsJsonArray("columns"), "label"));
		JsonArray rows = table.getAsJsonArray("rows");
		assertEquals(List.of("Manager", "SDR", "AE", "AM"), strings(rows, "label"));
		JsonObject ae = rows.get(2).getAsJsonObject();
		assertEquals("Account executive", ae.get("detail").getAsString());
		assertEquals(List.of("12", "6 months", "yes", "Manager", "AEPlan", "140k", "50/50"), strings(ae.getAsJsonArray("cells")));
		assertTrue(ae.get("mark").isJsonNull(), "acme has no findings");
	}

	@Test
	void tableRowsCarryTheFindings() throws Exception {
		// broken.sales's AEPlan: "pay mix 50/40 sums to 90, not 100" is on the plan, so it is marked on the cell that
		// names the plan: the AE row's plan cell, and no other.
		JsonObject table = session.server.server.table(Map.of("uri", session.uri("examples/broken.sales"), "table", "roles"))
				.get(SECONDS, TimeUnit.SECONDS);
		List<String> marked = new ArrayList<>();
		for (JsonElement row : table.getAsJsonArray("rows")) {
			JsonArray marks = row.getAsJsonObject().getAsJsonArray("cellMarks");
			for (int i = 0; i < marks.size(); i++) {
				if (!marks.get(i).isJsonNull() && strings(marks.get(i).getAsJsonObject().getAsJsonArray("codes")).contains("mix-not-100")) {
					marked.add(row.getAsJsonObject().get("label").getAsString() + " "
							+ table.getAsJsonArray("columns").get(i).getAsJsonObject().get("label").getAsString());
				}
			}
		}
		assertEquals(List.of("AE plan"), marked);
	}

	@Test
	void aSavedViewIsDrawnAsRenderDrawsIt() throws Exception {
		String served = session.server.server.diagram(Map.of("uri", session.uri("examples/northwind.sales"), "view", "AeLineOfSight"))
				.get(SECONDS, TimeUnit.SECONDS);
		assertEquals(rendered("Northwind-AeLineOfSight.svg", "--view", "AeLineOfSight"), served);
		assertTrue(served.contains("leaves out 26 elements"), "the view's note: focus AE at depth 2, hidden layers and kinds");
	}

	@Test
	void aViewColouredByHealthHasThePillarScores() throws Exception {
		// ManagerFloor: structure and culture, color by health.
		String served = session.server.server.diagram(Map.of("uri", session.uri("examples/northwind.sales"), "view", "ManagerFloor"))
				.get(SECONDS, TimeUnit.SECONDS);
		JsonObject analysis = session.server.server.analysis(Map.of("uri", session.uri("examples/northwind.sales"))).get(SECONDS, TimeUnit.SECONDS);
		Map<String, Integer> scores = new java.util.HashMap<>();
		for (JsonElement pillar : analysis.getAsJsonArray("engines").get(0).getAsJsonObject().getAsJsonObject("health").getAsJsonArray("pillars")) {
			scores.put(pillar.getAsJsonObject().get("pillar").getAsString(), pillar.getAsJsonObject().get("score").getAsInt());
		}
		// Every element box of a pillar has the class of its pillar's band: good from 80, fair from 50, else poor.
		Map<String, String> pillars = Map.of("structure", "structure-process", "culture", "culture-behavior");
		int boxes = 0;
		java.util.regex.Matcher node = java.util.regex.Pattern.compile("<g id=\"[^\"]*\" class=\"node ([^\"]*)\"").matcher(served);
		while (node.find()) {
			List<String> classes = List.of(node.group(1).split(" "));
			String pillar = classes.get(0);
			int score = scores.get(pillars.get(pillar));
			String band = score >= 80 ? "good" : score >= 50 ? "fair" : "poor";
			assertTrue(classes.contains("health-" + band), pillar + " scores " + score + ": " + classes);
			boxes++;
		}
		assertTrue(boxes >= 10, "the floor's roles, teams, processes, behaviors and rituals: " + boxes);
		assertTrue(served.contains(">colour: Structure &amp; Process health " + scores.get("structure-process") + " of 100<"), served);
		// The same picture as the command line's.
		assertEquals(rendered("Northwind-ManagerFloor.svg", "--view", "ManagerFloor"), served);
	}

	@Test
	void aScenarioIsMarkedAsRenderMarksIt() throws Exception {
		String served = session.server.server.diagram(Map.of("uri", session.uri("examples/northwind.sales"), "diagram", "engine",
				"scenario", "MoreBdrs")).get(SECONDS, TimeUnit.SECONDS);
		// MoreBdrs: BDR.headcount on the role, BDRPlan.Meetings.quota on the plan (the engine map draws no measures).
		assertTrue(served.contains("class=\"node structure role changed\" data-element=\"Northwind.BDR\""), served);
		assertTrue(served.contains("class=\"node compensation plan changed\" data-element=\"Northwind.BDRPlan\""), served);
		assertTrue(served.contains(">Δ Meetings.quota 260 → 240<"), served);
		assertEquals(rendered("Northwind-engine-MoreBdrs.svg", "--diagram", "engine", "--scenario", "MoreBdrs"), served);

		JsonObject table = session.server.server.table(Map.of("uri", session.uri("examples/northwind.sales"), "table", "roles",
				"scenario", "MoreBdrs")).get(SECONDS, TimeUnit.SECONDS);
		assertEquals("roles and their settings · scenario MoreBdrs", table.get("subtitle").getAsString());
		assertEquals(JsonParser.parseString("""
				{"name": "MoreBdrs", "cells": [{"row": "Northwind.BDR", "column": "headcount", "marker": "Δ1",
				  "changes": ["BDR.headcount 12 → 14"]}], "elsewhere": ["BDRPlan.Meetings.quota 260 → 240"]}"""), table.getAsJsonObject("scenario"));
		JsonArray rows = table.getAsJsonArray("rows");
		assertEquals("BDR", rows.get(4).getAsJsonObject().get("label").getAsString());
		assertEquals("14", rows.get(4).getAsJsonObject().getAsJsonArray("cells").get(0).getAsString());
		assertEquals("engine Northwind has no scenario 'MoreBDRs' (did you mean 'MoreBdrs'?); its scenarios are base, LowerAttrition, MoreBdrs,"
				+ " BetterDiscovery", error(() -> session.server.server.table(Map.of("uri", session.uri("examples/northwind.sales"), "table", "roles",
						"scenario", "MoreBDRs")).get(SECONDS, TimeUnit.SECONDS)));
	}

	@Test
	void badParametersAreOneLineErrors() throws Exception {
		assertEquals("engine Northwind has no view 'Nope'; its views are AeLineOfSight, ManagerFloor, PayOnly, Signals, Alignment",
				error(() -> session.server.server.diagram(Map.of("uri", session.uri("examples/northwind.sales"), "view", "Nope")).get(SECONDS, TimeUnit.SECONDS)));
		assertEquals("salesengine/diagram takes {uri, diagram} or {uri, view}, not both",
				error(() -> session.server.server.diagram(Map.of("uri", session.uri("examples/northwind.sales"), "view", "AeLineOfSight",
						"diagram", "engine")).get(SECONDS, TimeUnit.SECONDS)));
		assertEquals("salesengine/table: table is alignment, kpi-governance, accountability, roles, kpi-table, stages, not 'people'",
				error(() -> session.server.server.table(Map.of("uri", session.uri("examples/acme.sales"), "table", "people")).get(SECONDS, TimeUnit.SECONDS)));
	}

	private interface Call {
		Object run() throws Exception;
	}

	/** The message of the LSP error a request answers with. */
	/** The SVG {@code salesengine render --format svg} writes of northwind (by its absolute path) with these options. */
	private String rendered(String file, String... options) throws Exception {
		Path out = Files.createTempDirectory("salesengine-lsp-render");
		List<String> args = new ArrayList<>(List.of("render"));
		args.addAll(List.of(options));
		args.addAll(List.of("--format", "svg", "-o", out.toString(), session.workspace.resolve("examples/northwind.sales").toString()));
		CliProcess render = CliProcess.run(args.toArray(String[]::new));
		assertEquals(0, render.exitCode(), render.err());
		Path svg = out.resolve(file);
		String written = Files.readString(svg);
		Files.delete(svg);
		Files.delete(out);
		return written;
	}

	private static String error(Call call) throws Exception {
		try {
			call.run();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof ResponseErrorException error) {
				return error.getResponseError().getMessage();
			}
			throw e;
		}
		throw new AssertionError("the request succeeded");
	}

	private static List<String> strings(JsonArray array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(element -> values.add(element.getAsJsonObject().get(field).getAsString()));
		return values;
	}

	private static List<String> strings(JsonArray array) {
		List<String> values = new ArrayList<>();
		array.forEach(element -> values.add(element.getAsString()));
		return values;
	}
}
