package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** Exit codes and the text report of `salesengine check`. */
class CheckCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	@Test
	void acmeIsCleanAndExitsZero() {
		CliRun cli = SALESENGINE.run("check", TestFiles.example("acme.sales").toString());
		assertEquals(0, cli.exitCode(), cli.err());
		assertEquals("1 file checked: no problems\n", cli.out());
		assertEquals("", cli.err());
	}

	@Test
	void brokenExitsOneWithOneLinePerCauseThenASummary() {
		String broken = TestFiles.example("broken.sales").toString();
		CliRun cli = SALESENGINE.run("check", broken);
		assertEquals(1, cli.exitCode());
		List<String> lines = cli.out().lines().toList();
		// 26 findings, 25 causes: the formula cycle's two findings are one line with its two findings indented below.
		assertEquals(28, lines.size());
		assertEquals(broken + ":16:10: error: role CSM carries quota but no plan pays it [quota-role-without-plan]", lines.get(3));
		List<String> causes = lines.subList(0, 27).stream().filter(l -> !l.startsWith("  ")).toList();
		assertEquals(25, causes.size());
		assertTrue(causes.stream().allMatch(l -> l.matches(".+:\\d+:\\d+: (error|warning|info): .+ \\[[a-z0-9-]+\\]")),
				"every cause's line is path:line:col: severity: message [code]");
		int cycle = lines.indexOf(broken + ":39:15: error: the formula cycle of KPIs Velocity, WinShare (2 findings, one cause):"
				+ " a KPI formula depends on itself, directly or through other KPIs [formula-cycle]");
		assertEquals(List.of("  " + broken + ":39:15: KPI Velocity depends on itself: Velocity → WinShare → Velocity",
				"  " + broken + ":43:15: KPI WinShare depends on itself: WinShare → Velocity → WinShare"),
				lines.subList(cycle + 1, cycle + 3), cli.out());
		assertEquals("1 file checked: 9 errors, 17 warnings, 0 info (25 causes)", lines.get(27));
	}

	@Test
	void warningsAloneExitZeroUnlessAskedToFailOnThem(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("warn.sales");
		Files.writeString(file, "engine W { strategy { objective Lonely } }\n");
		assertEquals(0, SALESENGINE.run("check", file.toString()).exitCode());
		assertEquals(1, SALESENGINE.run("check", "--fail-on-warning", file.toString()).exitCode());
	}

	@Test
	void foldersAreSearchedRecursivelyAndFilesOfOneEngineCheckedTogether(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("strategy"));
		Files.writeString(dir.resolve("strategy/goals.sales"), "engine Split { strategy { objective Grow { priority 1 } } }\n");
		Files.writeString(dir.resolve("metrics.sales"), "engine Split { metrics { kpi Pipeline { leading supports Grow } } }\n");
		Files.writeString(dir.resolve("notes.txt"), "not a sales file");
		CliRun cli = SALESENGINE.run("check", dir.toString());
		assertFalse(cli.out().contains("unresolved-reference"), cli.out());
		assertFalse(cli.out().contains("unmeasured-objective"), cli.out());
		assertTrue(cli.out().endsWith("2 files checked: 0 errors, 1 warning, 0 info\n"), cli.out());
		assertTrue(cli.out().contains("unrewarded-priority"), cli.out());
	}

	@Test
	void rulesListsTheCatalogue() {
		CliRun cli = SALESENGINE.run("rules");
		assertEquals(0, cli.exitCode());
		assertTrue(cli.out().lines().anyMatch(l -> l.matches("weights-not-100\\s+error\\s+compensation\\s+A plan's measure weights do not sum to 100%\\.")),
				cli.out());
	}

	@Test
	void helpAndVersionInPicocliStyle() {
		CliRun help = SALESENGINE.run("--help");
		assertEquals(0, help.exitCode());
		assertTrue(help.out().startsWith("Usage: salesengine [-hV] [COMMAND]"), help.out());
		assertTrue(help.out().contains("  check "), help.out());
		CliRun version = SALESENGINE.run("--version");
		assertEquals(0, version.exitCode());
		assertTrue(version.out().startsWith("salesengine 0.1.0\n"), version.out());
		CliRun checkHelp = SALESENGINE.run("check", "--help");
		assertTrue(checkHelp.out().contains("--format=<format>"), checkHelp.out());
	}
}
