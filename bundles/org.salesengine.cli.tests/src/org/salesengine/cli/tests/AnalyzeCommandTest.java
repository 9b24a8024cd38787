package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code salesengine analyze}: what people and BI tools read, exit codes, and one-line errors for bad input. */
class AnalyzeCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	private static String acme() {
		return TestFiles.example("acme.sales").toString();
	}

	@Test
	void acmeTextGivesTheOracleFiguresInTables() {
		CliRun run = SALESENGINE.run("analyze", acme());
		assertEquals(0, run.exitCode(), run.err());
		List<String> expected = List.of(
				"  All four pillars are clean; the biggest shift left is conversion at stage Lead of process NewBusiness, owned by SDR.",
				// Volumes are rounded for people: 12M ÷ 45k = 266.67 deals is 267; 266.67 ÷ 80% = 333.33 is 333;
				// ÷ 45% = 740.74 is 741; ÷ 50% = 1,481.48 is 1,481; ÷ 40% = 3,703.70 is 3,704. JSON keeps them exact.
				"  NewBusiness: NewARR 12M ÷ 45k average deal = 267 deals; win rate 7.2%, cycle 75 days",
				"    stage      owner  conversion  enter  leave  days",
				"    Lead       SDR           40%  3,704  1,481    10",
				"    Discovery  AE            50%  1,481    741    21",
				"    Proposal   AE            45%    741    333    30",
				"    Negotiate  AE            80%    333    267    14",
				"  Renewal: ExpansionARR 4M ÷ 20k average deal = 200 deals; win rate 54%, cycle 50 days",
				// 200 ÷ 60% = 333.33 is 333; ÷ 90% = 370.37 is 370.
				"    Review  AM            90%    370    333    30",
				"    Expand  AM            60%    333    200    20",
				// Extra deals of the levers are volumes too: 33.33 is 33, 29.63 is 30.
				"  Lead of NewBusiness       SDR     40% → 45%           33            1.5M  NewARR",
				"  Proposal of NewBusiness   AE      45% → 50%           30           1.33M  NewARR",
				"  Street quota 17.7M (AEPlan 1.1M × 12 + AMPlan 900k × 5): 110.6% of the 16M revenue target",
				"  total             27                            2.93M           1.27M",
				"  Cost of sales 18.3%: 2.93M OTE at target on the 16M revenue target (band 10% to 25%, the SaaS profile, the default)",
				"    NewARR             80%  individual     56,000  28,000  42,000  56,000   84,000  112,000  168,000  threshold 50%, 2x above 100%, cap 300%",
				// Nobody is hired and heads there at the start are fully ramped: effective equals nominal.
				"    = effective                      13.2M  4.5M  17.7M",
				"    Q1       2027-01    25%      4M               4.43M    110.6%");
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(run.lines());
		assertEquals(List.of(), missing, run.out());
	}

	@Test
	void brokenNamesMetricsAndCompensationAndExitsWithOne() {
		CliRun run = SALESENGINE.run("analyze", TestFiles.example("broken.sales").toString(), "--simulate", "1000", "--seed", "1");
		assertEquals(1, run.exitCode());
		List<String> lines = run.lines();
		int shift = lines.indexOf("Biggest shift");
		assertEquals(List.of("  Strengthen metrics & compensation first: it scores 25/100, with 7 errors and 9 warnings.",
				// The two formula-cycle findings are one cause, named by its subject, counted once.
				"  - the formula cycle of KPIs Velocity, WinShare (2 findings, one cause): a KPI formula depends on itself, directly or through other KPIs",
				"  - plan AEPlan: measure weights sum to 95%, not 100% (Bookings 60%, Calls 25%, WinShare 5%, Velocity 5%)",
				"  - plan AEPlan: pay mix 50/40 sums to 90, not 100"), lines.subList(shift + 1, shift + 5));
		assertTrue(lines.contains("  - simulation: no simulation: plan AEPlan has no known target incentive"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void jsonCarriesTheFiguresUnroundedForTools() {
		CliRun run = SALESENGINE.run("analyze", acme(), "--format", "json", "--simulate", "500", "--seed", "7");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject document = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("salesengine-analysis/2", document.get("schema").getAsString());
		JsonObject engine = document.getAsJsonArray("engines").get(0).getAsJsonObject();
		JsonObject funnel = engine.getAsJsonArray("funnels").get(0).getAsJsonObject();
		assertEquals("266.666667", funnel.get("dealsNeeded").getAsString());
		assertEquals("3703.703704", funnel.getAsJsonArray("stages").get(0).getAsJsonObject().get("neededAtEntry").getAsString());
		assertEquals("0.072", funnel.get("winRate").getAsString());
		assertEquals("17700000", engine.getAsJsonObject("capacity").get("streetQuota").getAsString());
		assertEquals("1.10625", engine.getAsJsonObject("capacity").get("overAssignment").getAsString());
		assertEquals("17700000", engine.getAsJsonObject("capacity").get("effectiveStreetQuota").getAsString());
		assertEquals(12, engine.getAsJsonObject("capacity").getAsJsonArray("roles").get(0).getAsJsonObject()
				.getAsJsonArray("productiveHeads").size());
		assertEquals("individual", engine.getAsJsonObject("pay").getAsJsonArray("plans").get(0).getAsJsonObject()
				.getAsJsonArray("measures").get(0).getAsJsonObject().get("credit").getAsString());
		assertEquals("0.183125", engine.getAsJsonObject("pay").get("costOfSales").getAsString());
		assertEquals("2930000", engine.getAsJsonObject("pay").get("totalOnTargetEarnings").getAsString());
		assertEquals("structure-process", engine.getAsJsonObject("health").getAsJsonObject("biggestShift").get("pillar").getAsString());
		JsonObject simulation = engine.getAsJsonObject("simulation");
		assertEquals(7, simulation.get("seed").getAsLong());
		assertEquals(13_500, simulation.get("repYears").getAsLong());
		assertEquals("normal", simulation.getAsJsonObject("distribution").get("shape").getAsString());
		assertEquals(run.out(), SALESENGINE.run("analyze", acme(), "--format", "json", "--simulate", "500", "--seed", "7").out());
	}

	@Test
	void territoriesShowTerritoriesPlanTermsAndPayoutByPeriod() {
		CliRun run = SALESENGINE.run("analyze", TestFiles.example("territories.sales").toString());
		assertEquals(0, run.exitCode(), run.err());
		List<String> expected = List.of(
				// Dach: DachTeam (Manager, SDR, AEDach) and GrowthTeam (Manager, AM): 3 + 10 + 7 + 5 heads; AEDach 1.1M × 7 +
				// AM 900k × 5 = 12.2M against NewARRDach 7M + ExpansionARR 4M = 11M. Nordics: Manager 3 + AENordics 5 heads,
				// 1.1M × 5 = 5.5M against 5M.
				"  Dach       DachTeam, GrowthTeam     25         12.2M     11M    110.9%  -",
				"  Nordics    NordicsTeam               8          5.5M      5M      110%  -",
				"  Draw AEDachPlan: 8,000 a month for 3 months, recoverable, to 0 hires: 24k each; cost at target 0 (recovered from the incentive they earn)",
				// 2% × 5M × 181/365 days = 49,589.
				"  SPIF DistributorDeals: 2% of NewARRNordics (target 5M) over 49.6% of the period: cost at target 49.6k",
				// 63k × f: f(0.5) = 0.25, f(0.75) = 0.625, f(1.25) = 1.375, f(1.5) = 1.875, f(2) = 2.875.
				"    NewARRDach         90%  individual     63,000  15,750  39,375  63,000   86,625  118,125  181,125  tiers 0.5x below 50%, 1.5x 50% to 100%, 1.5x 100% to 125%, 2x above 125%, cap 300%",
				"    AccountPlans       10%  mbo             7,000   7,000   7,000   7,000    7,000    7,000    7,000  MBO, paid when attained (chance 80%)",
				// No seasonality: 275k sold a quarter. Q1 275k of 220k is 125%, paid 63k × 220k/1.1M × 1.375 = 17,325; Q4 275k of
				// 330k is 83.3%, paid 18,900 × (0.25 + 1.5 × 1/3) = 14,175.
				"    Q1       220k  275k        125%     12,600  17,325",
				"    Q4       330k  275k       83.3%     18,900  14,175");
		List<String> missing = new ArrayList<>(expected);
		missing.removeAll(run.lines());
		assertEquals(List.of(), missing, run.out());
	}

	@Test
	void territoriesJsonCarriesTiersTerritoriesSpifsAndPeriods() {
		CliRun run = SALESENGINE.run("analyze", TestFiles.example("territories.sales").toString(), "--format", "json",
				"--simulate", "200", "--seed", "3", "--churn", "10%");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject engine = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("engines").get(0).getAsJsonObject();
		JsonObject dachPlan = engine.getAsJsonObject("pay").getAsJsonArray("plans").get(0).getAsJsonObject();
		assertEquals("quarterly", dachPlan.get("payout").getAsString());
		assertEquals(90, dachPlan.get("clawbackDays").getAsInt());
		assertEquals("24000", dachPlan.getAsJsonObject("draw").get("perHead").getAsString());
		JsonObject curve = dachPlan.getAsJsonArray("measures").get(0).getAsJsonObject().getAsJsonObject("curve");
		assertEquals(4, curve.getAsJsonArray("tiers").size());
		assertTrue(curve.getAsJsonArray("tiers").get(3).getAsJsonObject().get("to").isJsonNull());
		assertEquals("0.8", dachPlan.getAsJsonArray("measures").get(1).getAsJsonObject().get("mboChance").getAsString());
		assertEquals("0.02", engine.getAsJsonObject("pay").getAsJsonArray("spifs").get(0).getAsJsonObject().get("share").getAsString());
		assertEquals(2, engine.getAsJsonArray("territories").size());
		assertEquals("1.109091", engine.getAsJsonArray("territories").get(0).getAsJsonObject().get("coverage").getAsString());
		assertEquals(4, engine.getAsJsonArray("periodPayouts").get(0).getAsJsonObject().getAsJsonArray("periods").size());
		assertEquals("0.1", engine.getAsJsonObject("simulation").get("churn").getAsString());
		assertTrue(engine.getAsJsonObject("simulation").getAsJsonArray("plans").get(0).getAsJsonObject().get("clawedBack")
				.getAsDouble() > 0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"--simulate -5|--simulate needs a whole number of years from 1 to 10,000,000, not '-5'",
			"--simulate 2.5|--simulate needs a whole number of years from 1 to 10,000,000, not '2.5'",
			"--simulate 10 --sd 0|--sd needs a percentage above 0, such as 25%, not '0'",
			"--simulate 10 --sd -25%|--sd needs a percentage above 0, such as 25%, not '-25%'",
			"--simulate 10 --mean NaN|--mean needs a percentage above 0, such as 25%, not 'NaN'",
			"--simulate 10 --correlation 2|--correlation needs a number from 0 (independent measures) to 1 (one draw for all), not '2'",
			"--simulate 10 --distribution cauchy|--distribution must be normal, uniform or lognormal, not 'cauchy'",
			"--simulate 10 --seed x|--seed needs a whole number, not 'x'",
			"--sd 30%|--sd only applies to a simulation: add --simulate N",
			"--simulate 10 --churn 120%|--churn needs a percentage from 0% to 100%, such as 5%, not '120%'",
			"--churn 5%|--churn only applies to a simulation: add --simulate N",
			"--format xml|--format must be text or json, not 'xml'" })
	void badNumbersGiveOneLineAndExitTwo(String options, String message) {
		List<String> args = new ArrayList<>(List.of("analyze", acme()));
		args.addAll(List.of(options.split(" ")));
		CliRun run = SALESENGINE.run(args.toArray(String[]::new));
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: " + message + System.lineSeparator(), run.err());
		assertEquals("", run.out());
	}

	@Test
	void aMissingFileIsAUsageProblem() {
		CliRun run = SALESENGINE.run("analyze", "no/such/engine.sales");
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: no/such/engine.sales: no such file or folder" + System.lineSeparator(), run.err());
	}
}
