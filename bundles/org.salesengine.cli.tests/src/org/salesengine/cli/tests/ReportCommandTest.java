package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.report.ChromiumPdf;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** {@code salesengine report} and {@code plan-docs}: files written whole, exit codes as for render, problems in one line. */
class ReportCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	@TempDir
	Path temp;

	private static CliRun run(String command, String... args) {
		return SALESENGINE.run(Stream.concat(Stream.of(command), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void acmesReportIsWrittenAndExitsZero() throws Exception {
		Path file = temp.resolve("acme.html");
		CliRun run = run("report", TestFiles.example("acme.sales").toString(), "-o", file.toString());
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals("", run.err());
		assertEquals("wrote " + file + "\n", run.out());
		String html = Files.readString(file);
		assertTrue(html.startsWith("<!DOCTYPE html>\n"));
		assertTrue(html.contains("<h1>Acme Analytics EMEA</h1>"));
		assertTrue(html.contains("<h2>8. Plan documents</h2>"));
		assertFalse(html.contains("<script"));
	}

	@Test
	void brokensReportIsWrittenAndExitsOneSayingSoOnce() throws Exception {
		Path file = temp.resolve("broken.html");
		CliRun run = run("report", TestFiles.example("broken.sales").toString(), "-o", file.toString());
		assertEquals(1, run.exitCode(), run.describe());
		assertEquals("salesengine: the design has 9 errors, marked in the report (run 'salesengine check' for the list)\n", run.err());
		assertTrue(Files.readString(file).contains("<h2>6. All findings</h2>"));
	}

	@Test
	void aScenarioIsReportedWithItsOverridesAppliedAndItsNameInTheTitle() throws Exception {
		Path file = temp.resolve("s.html");
		// northwind's MoreBdrs: 14 BDRs instead of 12, a meetings quota of 240; the report shows the applied engine.
		CliRun run = run("report", TestFiles.example("northwind.sales").toString(), "-o", file.toString(), "--scenario", "MoreBdrs");
		assertEquals(0, run.exitCode(), run.describe());
		String html = Files.readString(file);
		assertTrue(html.contains("<title>Northwind Cloud North America, scenario MoreBdrs: sales engine report</title>"), html.substring(0, Math.min(600, html.length())));
		Path unknown = temp.resolve("u.html");
		CliRun wrong = run("report", TestFiles.example("northwind.sales").toString(), "-o", unknown.toString(), "--scenario", "MoreBdr");
		assertEquals(2, wrong.exitCode());
		assertEquals("", wrong.out());
		assertEquals(1, wrong.err().lines().count(), wrong.err());
		assertTrue(wrong.err().startsWith("salesengine: no scenario 'MoreBdr' (did you mean 'MoreBdrs'?)"), wrong.err());
		assertFalse(Files.exists(unknown));
	}

	@Test
	void usageProblemsAreOneLineWithExitTwo() {
		Path acme = TestFiles.example("acme.sales");
		Path missingFolder = temp.resolve("no/such/folder/r.html");
		CliRun folder = run("report", acme.toString(), "-o", missingFolder.toString());
		assertEquals(2, folder.exitCode());
		assertEquals("salesengine: " + missingFolder + ": the folder " + missingFolder.getParent() + " does not exist\n", folder.err());
		CliRun two = run("report", acme.toString(), TestFiles.example("broken.sales").toString(), "-o", temp.resolve("r.html").toString());
		assertEquals(2, two.exitCode());
		assertEquals("salesengine: the paths hold 2 engines (AcmeEmea, Initech): give the files of one engine\n", two.err());
		CliRun none = run("report", temp.resolve("missing.sales").toString(), "-o", temp.resolve("r.html").toString());
		assertEquals(2, none.exitCode());
		assertEquals(1, none.err().lines().count(), none.err());
		CliRun noOutput = run("report", acme.toString());
		assertEquals(2, noOutput.exitCode());
		assertTrue(noOutput.err().startsWith("salesengine: Missing required option: '--output=FILE'"), noOutput.err());
		for (CliRun problem : List.of(folder, two, none, noOutput)) {
			assertEquals(null, problem.crashProblem(), problem.describe());
		}
	}

	@Test
	void theHelpSaysHowToGetChromium() {
		CliRun help = run("report", "--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().replaceAll("\\s+", " ").contains("(" + ChromiumPdf.HOW_TO_INSTALL + ")"), help.out());
	}

	@Test
	void pdfIsPrintedWithTheMachinesChromium() throws Exception {
		// releng/scripts/provision.sh installs chromium for every test run, so its absence is a failure, not a skip.
		assertTrue(ChromiumPdf.onPath().executable().isPresent(), "chromium is not installed: " + ChromiumPdf.HOW_TO_INSTALL);
		Path html = temp.resolve("acme.html");
		Path pdf = temp.resolve("acme.pdf");
		CliRun run = run("report", TestFiles.example("acme.sales").toString(), "-o", html.toString(), "--pdf", pdf.toString());
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals("wrote " + html + "\nwrote " + pdf + "\n", run.out());
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of("acme.html", "acme.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"no temporary file left behind");
		}
	}

	@Test
	void withoutChromiumTheHtmlIsWrittenAndOneLineSaysHowToGetIt() throws Exception {
		Path html = temp.resolve("acme.html");
		Path pdf = temp.resolve("acme.pdf");
		Path noChromium = Files.createDirectories(temp.resolve("empty-bin"));
		System.setProperty(ChromiumPdf.SEARCH_PATH_PROPERTY, noChromium.toString());
		CliRun run;
		try {
			run = run("report", TestFiles.example("acme.sales").toString(), "-o", html.toString(), "--pdf", pdf.toString());
		} finally {
			System.clearProperty(ChromiumPdf.SEARCH_PATH_PROPERTY);
		}
		assertEquals(0, run.exitCode(), run.describe());
		assertEquals("wrote " + html + "\n", run.out());
		assertEquals("salesengine: no PDF written: headless Chromium is not installed (apt-get install chromium); "
				+ "the HTML report is written\n", run.err());
		assertTrue(Files.readString(html).contains("<h1>Acme Analytics EMEA</h1>"));
		assertFalse(Files.exists(pdf));
	}

	@Test
	void planDocsWritesOnePagePerPlan() throws Exception {
		Path folder = temp.resolve("plans");
		CliRun run = run("plan-docs", TestFiles.example("acme.sales").toString(), "-o", folder.toString());
		assertEquals(0, run.exitCode(), run.describe());
		List<String> names = List.of("AcmeEmea-AEPlan.html", "AcmeEmea-SDRPlan.html", "AcmeEmea-AMPlan.html");
		assertEquals(names.stream().map(name -> "wrote " + folder.resolve(name)).toList(), run.lines());
		assertTrue(Files.readString(folder.resolve("AcmeEmea-SDRPlan.html")).contains("<h1>Sales development plan (SDRPlan)</h1>"));
		CliRun broken = run("plan-docs", TestFiles.example("broken.sales").toString(), "-o", folder.toString());
		assertEquals(1, broken.exitCode());
		assertEquals(1, broken.err().lines().count(), broken.err());
		assertTrue(Files.exists(folder.resolve("Initech-AEPlan.html")));
		Path file = temp.resolve("a-file");
		Files.writeString(file, "x");
		CliRun notFolder = run("plan-docs", TestFiles.example("acme.sales").toString(), "-o", file.toString());
		assertEquals(2, notFolder.exitCode());
		assertEquals("salesengine: " + file + ": not a folder\n", notFolder.err());
	}
}
