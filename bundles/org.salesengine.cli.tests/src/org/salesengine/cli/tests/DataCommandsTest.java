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
		assertTrue(proposal.get("optimistic").getAsBoolean());
		assertEquals("Wilson", proposal.getAsJsonObject("interval").get("method").getAsString());
		assertTrue(proposal.getAsJsonObject("interval").get("high").getAsDouble() < 0.45);

		CliRun sarif = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--format", "sarif");
		JsonObject run = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		assertTrue(run.getAsJsonArray("results").asList().stream()
				.anyMatch(r -> r.getAsJsonObject().get("ruleId").getAsString().equals("assumption-optimistic")), sarif.out());
	}

	@Test
	void applyWritesTheScenarioObservedAndReplacesIt() throws Exception {
		Path acme = Files.copy(TestFiles.example("acme.sales"), dir.resolve("acme.sales"));
		String before = Files.readString(acme);
		Path export = dir.resolve("export.csv");
		SALESENGINE.run("generate-crm", acme.toString(), "--count", "3000", "--seed", "3", "-o", export.toString());
		CliRun applied = SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--apply");
		assertEquals(0, applied.exitCode(), applied.err());
		String after = Files.readString(acme);
		assertTrue(after.startsWith(before.substring(0, before.lastIndexOf("}"))), "everything before the engine's closing brace is kept");
		String added = after.substring(before.lastIndexOf("}"));
		assertTrue(added.startsWith("\n  scenarios {\n    scenario Observed \"Observed in export.csv\" {\n      set NewBusiness.Lead.conversion "), added);
		assertTrue(added.contains("\n      set NewBusiness.averageDeal "), added);
		assertTrue(added.endsWith("    }\n  }\n}\n"), added);
		assertTrue(applied.out().contains("wrote the scenario Observed ("), applied.out());
		CliRun check = SALESENGINE.run("check", acme.toString());
		assertFalse(check.out().contains("unknown-scenario-path") || check.out().contains("invalid-scenario-value") || check.out().contains("[syntax]"), check.out());

		// Again, on other data: the scenario is replaced where it stands, and nothing else changes.
		SALESENGINE.run("generate-crm", acme.toString(), "--count", "3000", "--seed", "4", "-o", export.toString(), "--force");
		assertEquals(0, SALESENGINE.run("calibrate", acme.toString(), "--opportunities", export.toString(), "--apply").exitCode());
		String again = Files.readString(acme);
		assertEquals(1, again.split("scenario Observed", -1).length - 1, again);
		assertTrue(again.startsWith(before.substring(0, before.lastIndexOf("}"))));
		assertFalse(again.equals(after), "the observed figures of the other export");
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
