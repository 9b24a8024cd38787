package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.table.Tables;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.render.TextTableWriter;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * {@code salesengine table}: text and CSV on standard output, files written whole with -o, a table also for a design
 * with errors (exit 0), and every usage problem as one line with exit 2.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class TableCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	private static CliRun table(String... args) {
		return SALESENGINE.run(Stream.concat(Stream.of("table"), Stream.of(args)).toArray(String[]::new));
	}

	private static String acme() {
		return TestFiles.example("acme.sales").toString();
	}

	@Test
	void textGoesToStandardOutput() {
		CliRun run = table(acme(), "--table", "alignment");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		Examples example = Examples.load(loader, "acme.sales");
		assertEquals(TextTableWriter.write(Tables.build(TableKind.ALIGNMENT, example.engine(), example.findings())), run.out());
		assertEquals("Acme Analytics EMEA: alignment", run.lines().get(0));
		assertTrue(run.lines().get(4).startsWith("NewLogos   Win new mid-market logos  1         x       x"), run.lines().get(4));
	}

	@Test
	void everyTableAndTextFormatOfAcme() {
		Examples example = Examples.load(loader, "acme.sales");
		for (TableKind kind : TableKind.values()) {
			CliRun csv = table(acme(), "--table", kind.cliName(), "--format", "csv");
			assertEquals(0, csv.exitCode(), csv.err());
			assertEquals(CsvTableWriter.write(Tables.build(kind, example.engine(), example.findings())), csv.out(), kind.cliName());
			assertTrue(csv.out().startsWith(kind.rowHeading() + ",display name,"), csv.out());
		}
	}

	@Test
	void aDesignWithErrorsStillGetsItsTableAndExitsZero() {
		CliRun run = table(TestFiles.example("broken.sales").toString(), "--table", "kpi-governance");
		assertEquals(0, run.exitCode());
		assertEquals("salesengine: note: the design has 9 errors, marked in the table (run 'salesengine check' for the list)\n", run.err());
		assertTrue(run.out().contains("[1] AEPlan: error: plan AEPlan: measure weights sum to 95%"), run.out());
	}

	@Test
	void filesAreWrittenWholeWithOutput() throws Exception {
		Examples example = Examples.load(loader, "acme.sales");
		Path csv = temp.resolve("roles.csv");
		CliRun run = table(acme(), "--table", "roles", "--format", "csv", "-o", csv.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("wrote " + csv + "\n", run.out());
		assertEquals(CsvTableWriter.write(Tables.build(TableKind.ROLES, example.engine(), example.findings())), Files.readString(csv));
		Path svg = temp.resolve("alignment.svg");
		assertEquals(0, table(acme(), "--table", "alignment", "--format", "svg", "-o", svg.toString()).exitCode());
		assertEquals(TableDrawing.svg(Tables.build(TableKind.ALIGNMENT, example.engine(), example.findings())), Files.readString(svg));
		Path png = temp.resolve("accountability.png");
		assertEquals(0, table(acme(), "--table", "accountability", "--format", "png", "-o", png.toString()).exitCode());
		assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 8));
		// Written through a temporary file renamed over the target: nothing else is left in the folder.
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of("accountability.png", "alignment.svg", "roles.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void anUnknownTableIsOneLineWithTheChoices() {
		CliRun run = table(acme(), "--table", "org-chart");
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: unknown table 'org-chart'; choose one of alignment, kpi-governance, accountability, roles, kpi-table, stages\n",
				run.err());
		assertEquals("", run.out());
	}

	@Test
	void usageAndInputProblemsAreOneLineAndExitTwo() throws Exception {
		CliRun png = table(acme(), "--table", "alignment", "--format", "png");
		assertEquals(2, png.exitCode());
		assertEquals("salesengine: --format png writes a file: give it with -o FILE\n", png.err());
		CliRun missing = table(temp.resolve("nothing.sales").toString(), "--table", "roles");
		assertEquals(2, missing.exitCode());
		assertEquals("salesengine: " + temp.resolve("nothing.sales") + ": no such file or folder\n", missing.err());
		CliRun two = table(acme(), TestFiles.example("broken.sales").toString(), "--table", "roles");
		assertEquals(2, two.exitCode());
		assertEquals("salesengine: the files hold 2 engines (AcmeEmea, Initech); give the files of one engine\n", two.err());
		Path garbage = Files.write(temp.resolve("garbage.sales"), new byte[] { 0, 1, 2, (byte) 0xff });
		CliRun unreadable = table(garbage.toString(), "--table", "roles");
		assertEquals(2, unreadable.exitCode());
		assertTrue(unreadable.err().startsWith("salesengine: nothing to tabulate: no file holds an engine"), unreadable.err());
		Path taken = Files.writeString(temp.resolve("taken"), "a file");
		CliRun unwritable = table(acme(), "--table", "roles", "-o", taken.resolve("below.txt").toString());
		assertEquals(2, unwritable.exitCode());
		assertTrue(unwritable.err().startsWith("salesengine: " + taken.resolve("below.txt") + ": cannot write"), unwritable.err());
		for (CliRun run : List.of(png, missing, two, unreadable, unwritable)) {
			assertEquals(1, run.err().lines().count(), run.err());
			assertFalse(run.showsStackTrace(), run.describe());
		}
	}

	@Test
	void helpDocumentsTheExitCodes() {
		CliRun help = SALESENGINE.run("table", "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().contains("0   table written, also when the design has errors"), help.out());
		assertTrue(help.out().contains("2   usage or I/O problem"), help.out());
	}

	@Test
	void aScenarioShowsItsValuesWithTheChangedCellsMarked() throws Exception {
		String northwind = TestFiles.example("northwind.sales").toString();
		CliRun text = table(northwind, "--table", "roles", "--scenario", "MoreBdrs");
		assertEquals(0, text.exitCode(), text.err());
		assertEquals("", text.err());
		// MoreBdrs: BDR.headcount 12 → 14 in the roles table, BDRPlan.Meetings.quota 260 → 240 in none of its cells.
		assertEquals("roles and their settings · scenario MoreBdrs", text.lines().get(1));
		assertTrue(text.lines().stream().anyMatch(line -> line.startsWith("BDR ") && line.contains(" 14 Δ1 ")), text.out());
		assertEquals(List.of("Scenario MoreBdrs: 1 cell changed (Δ: from the engine as written to the scenario)",
				"  Δ1 BDR · headcount: BDR.headcount 12 → 14", "  Not in this table: BDRPlan.Meetings.quota 260 → 240"),
				text.lines().subList(text.lines().size() - 3, text.lines().size()));
		// CSV: the values only, the same header as without a scenario.
		CliRun csv = table(northwind, "--table", "roles", "--scenario", "MoreBdrs", "--format", "csv");
		assertEquals(0, csv.exitCode(), csv.err());
		CliRun base = table(northwind, "--table", "roles", "--format", "csv");
		assertEquals(base.out().replace("BDR,Business development representative,12,", "BDR,Business development representative,14,"), csv.out());
		// SVG: the changed cell's group carries the class changed.
		Path svg = temp.resolve("roles-MoreBdrs.svg");
		CliRun drawn = table(northwind, "--table", "roles", "--scenario", "MoreBdrs", "--format", "svg", "-o", svg.toString());
		assertEquals(0, drawn.exitCode(), drawn.err());
		assertTrue(java.nio.file.Files.readString(svg).contains("<g id=\"cell-Northwind.BDR-headcount\" class=\"cell structure changed\""),
				java.nio.file.Files.readString(svg));
		// A scenario the engine does not have: one line, exit code 2.
		CliRun unknown = table(northwind, "--table", "roles", "--scenario", "MoreBDRs");
		assertEquals(2, unknown.exitCode());
		assertEquals("salesengine: no scenario 'MoreBDRs' (did you mean 'MoreBdrs'?); the scenarios are base, LowerAttrition, MoreBdrs,"
				+ " BetterDiscovery\n", unknown.err());
		assertEquals("", unknown.out());
	}
}
