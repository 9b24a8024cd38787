package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** import, generate-crm and calibrate as a user runs them: what is written, what is refused, and the exit codes. */
class DataCommandsTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String ROSTER = """
			Role,Title,Headcount,Ramp,Quota,Reports to
			Manager,Sales manager,3,,,
			AE,Account executive,12,6 months,1.1M,Manager
			""";
	@TempDir
	Path dir;

	@Test
	void importWritesAFormattedFileAndNeverOverwritesWithoutForce() throws Exception {
		Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER);
		Path out = dir.resolve("acme-structure.sales");
		CliRun first = SALESENGINE.run("import", roster.toString(), "--as", "structure", "-o", out.toString());
		assertEquals(0, first.exitCode(), first.err());
		assertEquals("wrote " + out + " (2 rows of " + roster + ")\n", first.out());
		assertTrue(Files.readString(out).startsWith("engine AcmeStructure {\n  structure {\n    role Manager \"Sales manager\""), Files.readString(out));

		Files.writeString(out, "// mine\n");
		CliRun refused = SALESENGINE.run("import", roster.toString(), "--as", "structure", "-o", out.toString());
		assertEquals(2, refused.exitCode());
		assertEquals("salesengine: " + out + " already exists: give --force to replace it\n", refused.err());
		assertEquals("// mine\n", Files.readString(out), "left alone");

		CliRun forced = SALESENGINE.run("import", roster.toString(), "--as", "structure", "-o", out.toString(), "--force", "--engine", "AcmeEmea");
		assertEquals(0, forced.exitCode(), forced.err());
		assertTrue(Files.readString(out).startsWith("engine AcmeEmea {"));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("acme-structure.sales", "roster.csv"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"the atomic write leaves no temporary file behind");
		}
		CliRun check = SALESENGINE.run("check", out.toString());
		assertFalse(check.out().contains("[syntax]"), check.out());
	}

	@Test
	void badRowsAreAllListedAndNothingIsWritten() throws Exception {
		Path roster = Files.writeString(dir.resolve("roster.csv"), ROSTER.replace("1.1M", "\"1,1M\"").replace(",3,", ",three,"));
		Path out = dir.resolve("out.sales");
		CliRun cli = SALESENGINE.run("import", roster.toString(), "--as", "structure", "-o", out.toString());
		assertEquals(1, cli.exitCode());
		assertEquals(roster + ":2:Headcount: 'three' is not a whole number\n"
				+ roster + ":3:Quota: '1,1M' is not a number\n"
				+ "salesengine: 2 problems in " + roster + ": nothing written\n", cli.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void hostileSheetsGetOneLine() throws Exception {
		Path empty = Files.writeString(dir.resolve("empty.csv"), "");
		CliRun cli = SALESENGINE.run("import", empty.toString(), "--as", "structure");
		assertEquals(1, cli.exitCode());
		assertEquals(empty + ": the file is empty: expected a header row and a row per entry\n", cli.err());
		CliRun missing = SALESENGINE.run("import", dir.resolve("nowhere.xlsx").toString(), "--as", "compensation");
		assertEquals(2, missing.exitCode());
		assertEquals("salesengine: " + dir.resolve("nowhere.xlsx") + ": no such file\n", missing.err());
		CliRun kind = SALESENGINE.run("import", empty.toString(), "--as", "culture");
		assertEquals("salesengine: --as takes structure or compensation, not 'culture'\n", kind.err());
		assertFalse(cli.showsStackTrace() || missing.showsStackTrace() || kind.showsStackTrace());
	}

	@Test
	void calibrateAGeneratedExportInTextJsonAndSarif() throws Exception {
		Path acme = Files.copy(TestFiles.example("acme.sales"), dir.resolve("acme.sales"));
		Path export = dir.resolve("export.csv");
		CliRun generated = SALESENGINE.run("generate-crm", acme.toString(), "--count", "1500", "--seed", "7", "--plant", "Proposal=25%",
				"-o", export.toString());
		assertEquals(0, generated.exitCode(), generated.err());
		assertEquals("wrote " + export + " (1500 opportunities of NewBusiness, seed 7)\n", generated.out());

		CliRun text = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString());
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().startsWith("AcmeEmea against " + export + ": 1,500 rows\n\nprocess NewBusiness: 1,500 opportunities ("), text.out());
		assertTrue(text.out().lines().anyMatch(l -> l.matches("  figure +declared +observed +n +90% interval")), text.out());
		assertTrue(text.out().lines().anyMatch(l -> l.startsWith(acme + ":33:") && l.endsWith("the design is optimistic [assumption-optimistic]")), text.out());
		assertTrue(text.out().contains("\nprocess Renewal: 0 opportunities (0 won, 0 lost, 0 open)\n"), text.out());
		assertEquals(1, SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--fail-on-warning").exitCode());

		CliRun json = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--format", "json");
		JsonObject root = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(1500, root.get("rows").getAsInt());
		JsonObject proposal = root.getAsJsonArray("processes").get(0).getAsJsonObject().getAsJsonArray("figures").asList().stream()
				.map(e -> e.getAsJsonObject()).filter(f -> f.get("figure").getAsString().equals("conversion") && f.get("stage").getAsString().equals("Proposal"))
				.findFirst().orElseThrow();
		assertEquals(0.45, proposal.get("declared").getAsDouble(), 1e-12);
		assertEquals("AcmeEmea.NewBusiness.Proposal", proposal.get("element").getAsString(), "named as diff and compare name it");
		assertTrue(proposal.get("optimistic").getAsBoolean());
		assertEquals("Wilson", proposal.getAsJsonObject("interval").get("method").getAsString());
		assertTrue(proposal.getAsJsonObject("interval").get("high").getAsDouble() < 0.45);

		CliRun sarif = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--format", "sarif");
		JsonObject run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		assertTrue(run.getAsJsonArray("results").asList().stream()
				.anyMatch(r -> r.getAsJsonObject().get("ruleId").getAsString().equals("assumption-optimistic")), sarif.out());
	}

	/** The scenario Observed of 3,000 generated opportunities (seed 3) of acme's NewBusiness, as --apply writes it. */
	private static final String OBSERVED = """
			    scenario Observed "Observed in export.csv" {
			      set NewBusiness.Lead.conversion 40.3%
			      set NewBusiness.Discovery.conversion 49.3%
			      set NewBusiness.Discovery.duration 20 days
			      set NewBusiness.Proposal.conversion 43.7%
			      set NewBusiness.Proposal.duration 28 days
			      set NewBusiness.Negotiate.conversion 79.4%
			      set NewBusiness.averageDeal 41k
			    }
			""";

	@Test
	void applyWritesTheScenarioObservedThroughTheEditOperations() throws Exception {
		Path acme = Files.copy(TestFiles.example("acme.sales"), dir.resolve("acme.sales"));
		String before = Files.readString(acme);
		Path export = dir.resolve("export.csv");
		SALESENGINE.run("generate-crm", acme.toString(), "--count", "3000", "--seed", "3", "-o", export.toString());
		CliRun applied = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--apply");
		assertEquals(0, applied.exitCode(), applied.err());
		// A new scenarios section before the engine's closing brace, one set per line, laid out by the formatter. Only
		// figures that differ from the design are set: Lead's 10 days and Negotiate's 14 days are what the data shows
		// (rounded to whole days). The average deal, 41,0xx observed, is written in whole thousands.
		int end = before.lastIndexOf("}");
		assertEquals(before.substring(0, end) + "  scenarios {\n" + OBSERVED + "  }\n" + before.substring(end), Files.readString(acme));
		assertTrue(applied.out().endsWith("wrote " + acme + ": created scenario Observed (7 sets) in a new scenarios section of acme.sales,"
				+ " the figures observed in export.csv\n"), applied.out());
		assertEquals("1 scenario checked (Observed): no findings beyond the base\n1 file checked: no problems\n",
				SALESENGINE.run("check", acme.toString()).out());

		// Again on the same export: nothing changes, nothing is written.
		String once = Files.readString(acme);
		CliRun again = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--apply");
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().endsWith("the scenario Observed already holds the figures observed in export.csv: nothing written\n"), again.out());
		assertEquals(once, Files.readString(acme));

		// compare takes it as a column, each change as the language writes it.
		CliRun compare = SALESENGINE.run("compare", acme.toString(), "--scenarios", "base,Observed");
		assertEquals(0, compare.exitCode(), compare.err());
		assertTrue(compare.out().contains("""
				  Observed "Observed in export.csv":
				    NewBusiness.Lead.conversion 40% → 40.3%
				    NewBusiness.Discovery.conversion 50% → 49.3%
				    NewBusiness.Discovery.duration 21 days → 20 days
				    NewBusiness.Proposal.conversion 45% → 43.7%
				    NewBusiness.Proposal.duration 30 days → 28 days
				    NewBusiness.Negotiate.conversion 80% → 79.4%
				    NewBusiness.averageDeal 45k → 41k
				"""), compare.out());
	}

	@Test
	void applyReplacesAnObservedScenarioWhereItStandsAndLeavesEverythingElse() throws Exception {
		Path acme = Files.copy(TestFiles.example("acme.sales"), dir.resolve("acme.sales"));
		String original = Files.readString(acme);
		int end = original.lastIndexOf("}");
		String mine = """
				  // what-ifs of the last workshop
				  scenarios {
				    scenario MoreSdrs "Two more SDRs" { set SDR.headcount 12 } // the board's question
				    // the CRM, last quarter
				    scenario Observed "Observed in q3.csv" {
				      description "from the CRM, before the clean-up"
				      set NewBusiness.Lead.conversion 35%   // too low?
				    }
				    scenario Later { set AE.headcount 14 }
				  }
				""";
		Files.writeString(acme, original.substring(0, end) + mine + original.substring(end));
		Path export = dir.resolve("export.csv");
		SALESENGINE.run("generate-crm", acme.toString(), "--count", "3000", "--seed", "3", "-o", export.toString());
		CliRun applied = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--apply");
		assertEquals(0, applied.exitCode(), applied.err());
		assertTrue(applied.out().endsWith("wrote " + acme + ": replaced scenario Observed (7 sets) in acme.sales, the figures observed in export.csv\n"),
				applied.out());
		// The scenario's title and sets are new; its description, the comment above it and every other byte are as they were.
		String replaced = mine.replace("""
				    scenario Observed "Observed in q3.csv" {
				      description "from the CRM, before the clean-up"
				      set NewBusiness.Lead.conversion 35%   // too low?
				    }
				""", OBSERVED.replace("{\n", "{\n      description \"from the CRM, before the clean-up\"\n"));
		assertEquals(original.substring(0, end) + replaced + original.substring(end), Files.readString(acme));
		CliRun compare = SALESENGINE.run("compare", acme.toString(), "--scenarios", "base,Observed", "--format", "json");
		assertEquals(0, compare.exitCode(), compare.err());
		JsonObject observed = JsonParser.parseString(compare.out()).getAsJsonObject().getAsJsonArray("scenarios").get(1).getAsJsonObject();
		JsonObject lead = observed.getAsJsonArray("changes").get(0).getAsJsonObject();
		assertEquals("AcmeEmea.NewBusiness.Lead", lead.get("element").getAsString());
		assertEquals("40%", lead.get("before").getAsString());
		assertEquals("40.3%", lead.get("after").getAsString());
	}

	@Test
	void hostileExports() throws Exception {
		Path acme = TestFiles.example("acme.sales");
		Path empty = Files.writeString(dir.resolve("empty.csv"), "");
		CliRun cli = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", empty.toString());
		assertEquals(1, cli.exitCode());
		assertEquals(empty + ": the file is empty: expected a header row and a row per opportunity\n", cli.err());
		Path header = Files.writeString(dir.resolve("header.csv"), "Opportunity ID,Created Date,Stage\n");
		assertEquals(header + ": only a header row, no opportunities under it\n",
				SALESENGINE.run("calibrate", acme.toString(), "--opportunities", header.toString()).err());
		Path quotes = Files.writeString(dir.resolve("quotes.csv"), "Opportunity ID,Created Date,Stage\n1,2027-01-04,Lead\n2,2027-01-05,\"Lead\n");
		assertEquals(quotes + ": line 3: broken quoting: a quoted value is never closed\n",
				SALESENGINE.run("calibrate", acme.toString(), "--opportunities", quotes.toString()).err());
		Path bad = Files.writeString(dir.resolve("bad.csv"), "Opportunity ID,Created Date,Stage,Amount\n1,2027-01-04,Lead,45k\n2,04.01.2027,Lead,1\n3,2027-01-04,Lead,\"1,1M\"\n");
		CliRun rows = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", bad.toString());
		assertEquals(0, rows.exitCode(), rows.err());
		assertEquals(bad + ":3:Created Date: '04.01.2027' is not a date such as 2027-01-04\n" + bad + ":4:Amount: '1,1M' is not a number\n", rows.err());
		assertTrue(rows.out().startsWith("AcmeEmea against " + bad + ": 3 rows, 2 skipped (unreadable)\n"), rows.out());
		assertFalse(cli.showsStackTrace() || rows.showsStackTrace());
	}
}
