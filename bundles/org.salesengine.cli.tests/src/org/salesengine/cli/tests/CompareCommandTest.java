package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code salesengine compare} on acme (not edited: it is copied into a folder beside a second file of the same engine
 * that holds only a scenarios section) against hand computations of the base and of "four more SDRs".
 */
class CompareCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String SCENARIOS = """
			engine AcmeEmea {
			  scenarios {
			    scenario MoreSdrs "Four more SDRs" { set SDR.headcount 14 }
			    scenario LowerQuota "AE quota at 900k" { set AEPlan.NewARR.quota 900k }
			  }
			}
			""";

	@TempDir
	Path folder;

	@BeforeEach
	void engineOfTwoFiles() throws IOException {
		Files.copy(TestFiles.example("acme.sales"), folder.resolve("acme.sales"));
		Files.writeString(folder.resolve("scenarios.sales"), SCENARIOS, StandardCharsets.UTF_8);
	}

	private static CliRun run(String... args) {
		return SALESENGINE.run(args);
	}

	private JsonObject compareJson(String... more) {
		CliRun run = run(Stream.concat(Stream.of("compare", folder.toString(), "--format", "json"), Stream.of(more))
				.toArray(String[]::new));
		assertEquals(0, run.exitCode(), run.err());
		return JsonParser.parseString(run.out()).getAsJsonObject();
	}

	private static JsonArray values(JsonObject document, String key) {
		for (var row : document.getAsJsonArray("rows")) {
			if (row.getAsJsonObject().get("key").getAsString().equals(key)) {
				return row.getAsJsonObject().getAsJsonArray("values");
			}
		}
		throw new AssertionError("no row " + key);
	}

	private static double number(JsonObject document, String key, int column) {
		return values(document, key).get(column).getAsDouble();
	}

	private static String text(JsonObject document, String key, int column) {
		return values(document, key).get(column).getAsString();
	}

	@Test
	void everyCellOfBaseAndFourMoreSdrs() {
		JsonObject compare = compareJson("--scenarios", "base,MoreSdrs");
		assertEquals(List.of("base", "MoreSdrs"), compare.getAsJsonArray("scenarios").asList().stream()
				.map(s -> s.getAsJsonObject().get("name").getAsString()).toList());
		// Street quota: AEPlan 1.1M × 12 AEs + AMPlan 900k × 5 AMs = 13.2M + 4.5M = 17.7M; SDRs carry no quota, so the
		// same with 14 SDRs. Effective: every head is there at the start (fully ramped), no hires, no attrition: 17.7M.
		assertEquals(17_700_000, number(compare, "street-quota", 0), 0.5);
		assertEquals(17_700_000, number(compare, "street-quota", 1), 0.5);
		assertEquals(17_700_000, number(compare, "effective-street-quota", 0), 0.5);
		assertEquals(17_700_000, number(compare, "effective-street-quota", 1), 0.5);
		// Reach: effective 17.7M ÷ 16M = 110.625%. The SDRs' meetings: the funnel needs 266.67 deals ÷ (50% × 45% × 80%)
		// = 1,481.48 out of Lead; 180 × 10 = 1,800 covers 121.5%, 180 × 14 = 2,520 covers 170.1%: neither binds.
		assertEquals(1.10625, number(compare, "revenue-reach", 0), 1e-9);
		assertEquals(1.10625, number(compare, "revenue-reach", 1), 1e-9);
		assertEquals("effective capacity", text(compare, "reach-limit", 0));
		assertEquals("effective capacity", text(compare, "reach-limit", 1));
		// Pay at target: 140k × 12 + 70k × 10 + 110k × 5 = 1.68M + 700k + 550k = 2.93M; four more SDRs add 4 × 70k = 280k.
		assertEquals(2_930_000, number(compare, "pay-at-target", 0), 0.5);
		assertEquals(3_210_000, number(compare, "pay-at-target", 1), 0.5);
		// Cost of sales: 2.93M ÷ 16M = 18.3125%; 3.21M ÷ 16M = 20.0625%.
		assertEquals(0.183125, number(compare, "cost-of-sales", 0), 1e-9);
		assertEquals(0.200625, number(compare, "cost-of-sales", 1), 1e-9);
		// Findings: acme is clean. 14 SDRs × 180 meetings = 2,520 is 140% of the 1,800 target, above 130%:
		// kpi-over-covered, one warning.
		assertEquals(0, number(compare, "errors", 0));
		assertEquals(0, number(compare, "warnings", 0));
		assertEquals(0, number(compare, "infos", 0));
		assertEquals(0, number(compare, "errors", 1));
		assertEquals(1, number(compare, "warnings", 1));
		assertEquals(0, number(compare, "infos", 1));
		// Health: 100 everywhere on the base. The warning is metrics & compensation's, on MeetingsBooked, which supports
		// the priority-1 objective: penalty 5 × 2 = 10, score 100 × 100 ÷ 110 = 90.9, 91.
		for (String pillar : List.of("strategy", "structure-process", "culture-behavior")) {
			assertEquals(100, number(compare, "health-" + pillar, 0));
			assertEquals(100, number(compare, "health-" + pillar, 1));
		}
		assertEquals(100, number(compare, "health-metrics-compensation", 0));
		assertEquals(91, number(compare, "health-metrics-compensation", 1));
		assertTrue(text(compare, "biggest-shift", 0).startsWith("All four pillars are clean"), text(compare, "biggest-shift", 0));
		assertEquals("Strengthen metrics & compensation first: it scores 91/100, with 0 errors and 1 warning.",
				text(compare, "biggest-shift", 1));
		// The deltas to the base: +280k of pay, +1.75 points of cost of sales, +1 warning.
		JsonArray deltas = null;
		for (var row : compare.getAsJsonArray("rows")) {
			if (row.getAsJsonObject().get("key").getAsString().equals("pay-at-target")) {
				deltas = row.getAsJsonObject().getAsJsonArray("deltas");
			}
		}
		assertTrue(deltas.get(0).isJsonNull());
		assertEquals(280_000, deltas.get(1).getAsDouble(), 0.5);
		// The change itself, as the engine writes it.
		JsonObject change = compare.getAsJsonArray("scenarios").get(1).getAsJsonObject().getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals("SDR.headcount", change.get("path").getAsString());
		assertEquals("10", change.get("before").getAsString());
		assertEquals("14", change.get("after").getAsString());
	}

	@Test
	void theSameSeedGivesTheSameSimulatedColumn() {
		JsonObject compare = compareJson("--seed", "7", "--simulate", "500");
		// LowerQuota changes a quota, not pay: with one seed for every column its simulated pay is the base's, cell by cell.
		for (String key : List.of("payout-p10", "payout-p50", "payout-p90")) {
			assertEquals(number(compare, key, 0), number(compare, key, 2), 0.0, key);
		}
		// And the base column is what analyze simulates with that seed: the same analysis, not a second computation.
		CliRun analyze = run("analyze", folder.toString(), "--format", "json", "--simulate", "500", "--seed", "7");
		JsonObject simulation = JsonParser.parseString(analyze.out()).getAsJsonObject().getAsJsonArray("engines").get(0)
				.getAsJsonObject().getAsJsonObject("simulation");
		assertEquals(simulation.get("p50").getAsDouble(), number(compare, "payout-p50", 0), 1e-6, analyze.out());
		// A second run gives the same table.
		assertEquals(compare, compareJson("--seed", "7", "--simulate", "500"));
	}

	@Test
	void textShowsTheChangesAndTheDeltas() {
		CliRun run = run("compare", folder.toString(), "--scenarios", "base,MoreSdrs");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.lines();
		assertTrue(lines.contains("  MoreSdrs \"Four more SDRs\": SDR.headcount 10 → 14"), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.matches("pay at target \\(OTE\\)\\s+2\\.93M\\s+3\\.21M\\s+\\+280k")), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.matches("cost of sales\\s+18\\.3%\\s+20\\.1%\\s+\\+1\\.8 pts")), run.out());
	}

	@Test
	void markdownIsOneTableWithADeltaColumnPerScenario() {
		CliRun run = run("compare", folder.toString(), "--format", "markdown");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.lines();
		assertEquals("### Scenarios of AcmeEmea", lines.get(0));
		List<String> table = lines.stream().filter(l -> l.startsWith("|")).toList();
		assertEquals("| figure | base | MoreSdrs | Δ MoreSdrs | LowerQuota | Δ LowerQuota |", table.get(0));
		assertEquals("| --- | ---: | ---: | ---: | ---: | ---: |", table.get(1));
		// Every row has the header's six cells; & is escaped for GitHub's HTML.
		for (String row : table) {
			assertEquals(8, row.split("(?<!\\\\)\\|", -1).length, row); // six cells between seven bars
		}
		assertTrue(table.contains("| health: Metrics &amp; compensation | 100 | 91 | −9 | 83 | −17 |"), run.out());
	}

	@Test
	void anUnknownScenarioIsAUsageError() {
		CliRun run = run("compare", folder.toString(), "--scenarios", "base,MoreSdr");
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: no scenario 'MoreSdr' (did you mean 'MoreSdrs'?); the scenarios are base, MoreSdrs, LowerQuota",
				run.err().strip());
	}

	@Test
	void checkReportsWhatEachScenarioAddsMarkedWithItsName() {
		CliRun run = run("check", folder.toString());
		assertEquals(0, run.exitCode(), run.err());
		String acme = folder.resolve("acme.sales").toString();
		assertEquals(List.of(
				"[MoreSdrs] " + acme + ":95:9: warning: quota on KPI MeetingsBooked adds up to 2,520 (SDRPlan 180 × 14), 140% of its"
						+ " 1,800 target, above 130% (the default): quotas this far above the target stop being credible [kpi-over-covered]",
				"[LowerQuota] " + acme + ":7:20: warning: street quota 15.3M (AEPlan 900k × 12, AMPlan 900k × 5) is 95.6% of the"
						+ " revenue target 16M: if every rep hits quota the target is still missed [quota-under-assigned]",
				"[LowerQuota] " + acme + ":82:9: warning: quota on KPI NewARR adds up to 10.8M (AEPlan 900k × 12), 90% of its 12M"
						+ " target: if every quota is met, NewARR still misses by 1.2M [kpi-under-covered]",
				"2 scenarios checked (MoreSdrs, LowerQuota): 0 errors, 3 warnings, 0 info beyond the base",
				"2 files checked: no problems"), run.lines());
		CliRun json = run("check", folder.toString(), "--format", "json", "--scenario", "MoreSdrs");
		JsonArray findings = JsonParser.parseString(json.out()).getAsJsonArray();
		assertEquals(1, findings.size(), json.out());
		assertEquals("MoreSdrs", findings.get(0).getAsJsonObject().get("scenario").getAsString());
		assertEquals("kpi-over-covered", findings.get(0).getAsJsonObject().get("code").getAsString());
		CliRun sarif = run("check", folder.toString(), "--format", "sarif", "--scenario", "LowerQuota");
		JsonArray results = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
				.getAsJsonObject().getAsJsonArray("results");
		assertEquals(2, results.size());
		assertEquals("LowerQuota", results.get(0).getAsJsonObject().getAsJsonObject("properties").get("scenario").getAsString());
	}

	@Test
	void analyzeOneScenario() {
		CliRun run = run("analyze", folder.toString(), "--scenario", "MoreSdrs");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("Scenario MoreSdrs \"Four more SDRs\": SDR.headcount 10 → 14", run.lines().get(0));
		// The SDR plan at 14 heads: 14 × 70k = 980k of OTE, 14 × 21k = 294k of incentive.
		assertTrue(run.lines().stream().anyMatch(l -> l.matches("\\s+SDRPlan\\s+SDR\\s+14\\s+70k\\s+49k\\s+21k\\s+980k\\s+294k")), run.out());
	}

	@Test
	void leversRankFreeGainsFirst() {
		CliRun run = run("compare", folder.toString(), "--levers", "--format", "json");
		assertEquals(0, run.exitCode(), run.err());
		JsonArray levers = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("levers");
		// Candidates: 6 stages (+5 points), 4 quotas × 2 (±10%), 2 quota roles (+1 head): 16.
		assertEquals(16, levers.size());
		// +10% on AEPlan's 1.1M: 1.21M × 12 + 4.5M = 19.02M, 118.875% of 16M, +8.25 points for nothing.
		JsonObject first = levers.get(0).getAsJsonObject();
		assertEquals("AEPlan.NewARR.quota 1.1M → 1.21M", first.get("change").getAsString());
		assertEquals(0.0825, first.get("reachGain").getAsDouble(), 1e-9);
		assertEquals(0, first.get("cost").getAsDouble());
		// +1 AM adds 900k of street quota (5.625 points) for 110k of OTE; +1 AE adds 1.1M (6.875 points) for 140k.
		// Per unit of cost the AM is ahead: 5.625 ÷ 110k = 5.11 points per 100k > 6.875 ÷ 140k = 4.91.
		assertEquals("AM.headcount 5 → 6", levers.get(2).getAsJsonObject().get("change").getAsString());
		assertEquals(0.05625, levers.get(2).getAsJsonObject().get("reachGain").getAsDouble(), 1e-9);
		assertEquals(110_000, levers.get(2).getAsJsonObject().get("cost").getAsDouble(), 0.5);
		assertEquals("AE.headcount 12 → 13", levers.get(3).getAsJsonObject().get("change").getAsString());

		// In text the deltas read as compare's: signed, ±0 for none (the AM's 110k is +110k, 5.625 points +5.6 pts).
		List<String> text = run("compare", folder.toString(), "--levers").lines();
		assertTrue(text.stream().anyMatch(l -> l.matches("1\\s+AEPlan\\.NewARR\\.quota 1\\.1M → 1\\.21M\\s+118\\.9%\\s+\\+8\\.3 pts\\s+±0\\s+free")),
				String.join("\n", text));
		assertTrue(text.stream().anyMatch(l -> l.matches("3\\s+AM\\.headcount 5 → 6\\s+116\\.[23]%\\s+\\+5\\.6 pts\\s+\\+110k\\s+\\+5\\.11 pts")),
				String.join("\n", text));
	}

	@Test
	void anEngineWithoutScenariosIsItsBaseAloneWithWhereScenariosComeFrom() {
		CliRun run = run("compare", TestFiles.example("acme.sales").toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("AcmeEmea: base alone (no scenario to compare: a scenarios section writes them, docs/scenarios.md; amounts in EUR;"
				+ " simulated pay: 2,000 years, seed 2027, the same for every column)", run.lines().get(0));
	}
}
