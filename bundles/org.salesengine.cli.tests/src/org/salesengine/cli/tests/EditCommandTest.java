package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/**
 * {@code salesengine edit}: a dry run prints a unified diff and writes nothing; otherwise every changed file is
 * written (atomically) and the findings the edit adds are listed; exit 1 when the engine has errors after the edit,
 * 2 with one line for an edit that cannot be done or a usage problem, and nothing written.
 */
class EditCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	@TempDir
	Path temp;

	private static CliRun edit(Object... args) {
		return SALESENGINE.run(Stream.concat(Stream.of("edit"), Stream.of(args).map(Object::toString)).toArray(String[]::new));
	}

	private Path acme() throws IOException {
		return Files.copy(TestFiles.example("acme.sales"), temp.resolve("acme.sales"));
	}

	private Path acmeSplit() throws IOException {
		Path folder = Files.createDirectory(temp.resolve("split"));
		try (Stream<Path> files = Files.list(TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split"))) {
			for (Path file : files.toList()) {
				Files.copy(file, folder.resolve(file.getFileName().toString()));
			}
		}
		return folder;
	}

	@Test
	void aDryRunPrintsTheDiffAndWritesNothing() throws IOException {
		Path acme = acme();
		CliRun run = edit(acme, "create", "kpi", "--dry-run");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		// the KPI goes after ExpansionPipeline, the last KPI (lines 107-109), before the section's brace on line 110
		assertEquals("--- " + acme + "\n"
				+ "+++ " + acme + "\n"
				+ "@@ -107,6 +107,7 @@\n"
				+ "     kpi ExpansionPipeline \"Expansion pipeline created\" {\n"
				+ "       unit currency leading target 10M supports Expansion owner AM\n"
				+ "     }\n"
				+ "+    kpi Kpi1\n"
				+ "   }\n"
				+ " \n"
				+ "   compensation {\n"
				+ "created kpi Kpi1 in metrics section of acme.sales: 1 file changed (" + acme + ") (dry run: nothing written)\n"
				+ acme + ":110:9: warning: KPI Kpi1 supports no objective and no formula, measure, behavior, ritual, process or SPIF uses it [orphan-kpi]\n",
				run.out());
		assertEquals(TestFiles.exampleText("acme.sales"), Files.readString(acme));
	}

	@Test
	void aRenameWritesEveryFileOfTheEngineThatRefersToTheElement() throws IOException {
		Path split = acmeSplit();
		String otherEngine = Files.readString(split.resolve("zz-other-engine.sales"));
		CliRun run = edit(split, "rename", "SDR", "Sdr");
		assertEquals(0, run.exitCode(), run.err());
		List<String> changed = List.of("compensation.sales", "culture.sales", "metrics.sales", "structure.sales");
		assertEquals("renamed role SDR to Sdr: 4 files changed (" + String.join(", ", changed.stream().map(f -> split.resolve(f).toString()).toList()) + ")",
				run.lines().get(0));
		assertEquals(1, run.lines().size(), run.out());
		Path original = TestFiles.fixture("org.salesengine.dsl.tests", "multifile/acme-split");
		for (String file : changed) {
			assertEquals(TestFiles.read(original.resolve(file)).replaceAll("\\bSDR\\b", "Sdr"), Files.readString(split.resolve(file)), file);
		}
		assertEquals(otherEngine, Files.readString(split.resolve("zz-other-engine.sales")));
		try (Stream<Path> files = Files.list(split)) {
			assertEquals(6, files.count(), "no temporary file is left behind");
		}
		CliRun back = edit(split, "rename", "Sdr", "SDR");
		assertEquals(0, back.exitCode(), back.err());
		for (String file : changed) {
			assertEquals(TestFiles.read(original.resolve(file)), Files.readString(split.resolve(file)), "renaming back restores " + file);
		}
	}

	@Test
	void anEditThatLeavesAnErrorIsWrittenAndExitsOne() throws IOException {
		Path acme = acme();
		CliRun run = edit(acme, "connect", "measure", "AEPlan", "Pipeline", "--weight", "10%");
		assertEquals(1, run.exitCode(), run.err());
		assertEquals(List.of("connected measure from plan AEPlan to KPI Pipeline: 1 file changed (" + acme + ")",
				acme + ":113:10: error: plan AEPlan: measure weights sum to 110%, not 100% (NewARR 80%, WinRate 20%, Pipeline 10%) [weights-not-100]"),
				run.lines());
		assertTrue(Files.readString(acme).contains("      measure WinRate weight 20% { threshold 80% cap 150% }\n      measure Pipeline weight 10%\n    }\n"));
	}

	@Test
	void aDeletionThatWouldLeaveReferencesDanglingIsRefusedUntilForced() throws IOException {
		Path acme = acme();
		CliRun refused = edit(acme, "delete", "SDR");
		assertEquals(2, refused.exitCode());
		assertEquals("", refused.out());
		assertEquals(List.of("salesengine: deleting role SDR would leave 3 references pointing at nothing; nothing changed (force the deletion to remove them too)",
				"  acme.sales:31:31: stage NewBusiness.Lead: owner SDR is removed", "  acme.sales:96:62: KPI MeetingsBooked: owner SDR is removed",
				"  acme.sales:119:47: plan SDRPlan: for SDR is removed"), refused.err().lines().toList());
		assertEquals(TestFiles.exampleText("acme.sales"), Files.readString(acme));

		CliRun forced = edit(acme, "delete", "SDR", "--force");
		assertEquals(0, forced.exitCode(), forced.err());
		assertEquals(List.of("deleted role SDR, unlinked from 3 lists, removed 3 references: 1 file changed (" + acme + ")",
				"  removed: acme.sales:31:31: stage NewBusiness.Lead: owner SDR is removed", "  removed: acme.sales:96:62: KPI MeetingsBooked: owner SDR is removed",
				"  removed: acme.sales:119:47: plan SDRPlan: for SDR is removed",
				acme + ":30:13: warning: stage Lead has no owner role [stage-without-owner]",
				acme + ":116:10: warning: plan SDRPlan names no role (write 'plan SDRPlan for ROLE'): it pays nobody, and its quotas count nowhere [plan-without-role]"),
				forced.lines());
		assertFalse(Files.readString(acme).contains("SDR "), "no reference to SDR is left");
	}

	@Test
	void setWritesTheValueInTheLanguagesForm() throws IOException {
		Path acme = acme();
		CliRun run = edit(acme, "set", "AE", "ramp", "4", "months");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("set ramp of role AE to 4 months: 1 file changed (" + acme + ")"), run.lines());
		assertEquals(TestFiles.exampleText("acme.sales").replace("carries quota ramp 6 months", "carries quota ramp 4 months"), Files.readString(acme));
	}

	@Test
	void impossibleEditsAndUsageProblemsAreOneLineWithExitTwo() throws IOException {
		Path acme = acme();
		assertOneLine(edit(acme, "set", "Lead", "conversion", "45"), "salesengine: invalid conversion '45': expected a percentage such as 40%, not '45'");
		assertOneLine(edit(acme, "rename", "AE", "AM"), "salesengine: the name AM is taken by role AM (acme.sales:23)");
		assertOneLine(edit(acme, "create", "widget"), "salesengine: unknown kind of element 'widget': expected one of objective, segment, role, team, process, "
				+ "stage, won, lost, behavior, ritual, kpi, plan, measure, spif (see 'salesengine edit --help')");
		assertOneLine(edit(acme, "connect", "likes", "AE", "AM"), "salesengine: unknown link 'likes': expected one of supports, reviews, measure, indicator, "
				+ "reinforced-by, expected-of, during, owner, covers, members, lead, produces, for, led-by, attended-by, reports-to, rewards "
				+ "(see 'salesengine edit --help')");
		assertOneLine(edit(acme, "set", "AE", "headcount"), "salesengine: a VALUE is required (or --unset) (see 'salesengine edit --help')");
		assertOneLine(edit(acme, "delete", "Nobody"), "salesengine: engine AcmeEmea has no element Nobody");
		assertEquals(TestFiles.exampleText("acme.sales"), Files.readString(acme));
		CliRun noOperation = edit(acme);
		assertEquals(2, noOperation.exitCode());
		assertTrue(noOperation.err().startsWith("salesengine: an operation is required"), noOperation.err());
	}

	private static void assertOneLine(CliRun run, String line) {
		assertEquals(2, run.exitCode(), run.out() + run.err());
		assertEquals("", run.out());
		assertEquals(line + "\n", run.err());
		assertFalse(run.showsStackTrace());
	}

	@Test
	void helpDocumentsTheOperationsWithExamples() {
		CliRun help = edit("--help");
		assertEquals(0, help.exitCode());
		for (String operation : List.of("rename", "create", "connect", "disconnect", "delete", "set")) {
			assertTrue(help.out().contains("\n  " + operation + " "), operation + " in\n" + help.out());
		}
		assertTrue(help.out().contains("salesengine edit examples/acme.sales rename AE AccountExecutive"), help.out());
		assertTrue(help.out().contains("2   usage or I/O problem, or an edit that cannot be done (nothing is written)"), help.out());
	}

	/** Percent signs in the help are text: picocli reads descriptions as format strings, so each is written %% there. */
	@Test
	void theHelpShowsPercentagesAsWrittenAndPicocliHasNothingToWarnOf() {
		java.io.PrintStream systemErr = System.err;
		java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
		CliRun help;
		CliRun set;
		try {
			// picocli's own warnings go to System.err, not to the command's error writer.
			System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
			help = edit("--help");
			set = edit(org.salesengine.testing.TestFiles.example("acme.sales"), "set", "--help");
		} finally {
			System.setErr(systemErr);
		}
		assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
		// picocli wraps the help at 80 columns: compare the words.
		String words = help.out().replaceAll("\\s+", " ");
		assertTrue(words.contains("salesengine edit examples/acme.sales set NewBusiness.Lead conversion 45% --dry-run "), help.out());
		assertTrue(words.contains("connect measure AEPlan Pipeline --weight 10% "), help.out());
		assertTrue(set.out().replaceAll("\\s+", " ").contains("ramp 6 months, attrition 12%, average-deal 45k, conversion 40%,"), set.out());
	}
}
