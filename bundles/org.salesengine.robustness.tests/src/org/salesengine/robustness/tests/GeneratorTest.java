package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.generator.EngineGenerator;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;

/** Generated engines are deterministic, about the size asked for, split as asked, already formatted and clean. */
class GeneratorTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	@TempDir
	Path dir;

	@Test
	void theSameArgumentsGiveTheSameFiles() {
		assertEquals(EngineGenerator.generate(9, 3_000, 0), EngineGenerator.generate(9, 3_000, 0));
		assertNotEquals(EngineGenerator.generate(9, 3_000, 0), EngineGenerator.generate(10, 3_000, 0));
	}

	@ParameterizedTest
	@CsvSource({ "1000", "10000" })
	void theSizeIsAboutTheTarget(int lines) {
		int actual = EngineGenerator.lineCount(EngineGenerator.generate(1, lines, 0));
		// Whole regions only: at most one region (about 200 lines) over the target.
		assertTrue(actual >= lines && actual <= lines + 250, () -> actual + " lines for a target of " + lines);
	}

	@ParameterizedTest(name = "{0} lines, files={1}: {2} files")
	@CsvSource({ "40, 1, 1", "40, 0, 2", "1200, 0, 9", "1200, 3, 3", "1200, 36, 36", "1200, 500, 41" })
	void generatedEnginesAreSplitAsAskedFormattedAndClean(int lines, int files, int expectedFiles) throws Exception {
		Map<String, String> engine = EngineGenerator.generate(21, lines, files);
		assertEquals(expectedFiles, engine.size(), () -> engine.keySet().toString());
		Path folder = dir.resolve("engine");
		EngineGenerator.write(engine, folder);
		CliRun check = SALESENGINE.runGuarded("check", folder.toString());
		assertEquals(0, check.exitCode(), check::describe);
		assertEquals(expectedFiles + (expectedFiles == 1 ? " file" : " files") + " checked: no problems\n", check.out());
		CliRun format = SALESENGINE.runGuarded("format", "--check", folder.toString());
		assertEquals(0, format.exitCode(), format::describe);
		assertEquals("", format.out());
	}

	@Test
	void everyKindOfElementIsGenerated() {
		String text = String.join("\n", EngineGenerator.generate(2, 2_000, 1).values());
		for (String kind : List.of("objective", "segment", "role", "team", "process", "stage", "won", "lost", "behavior",
				"ritual", "kpi", "formula", "plan", "measure", "accelerator", "cap", "spif", "//", "/*", "tiers", "mbo", "draw",
				"clawback", "payout", "territory", "channel", "through", "in")) {
			assertTrue(text.contains("\n" + kind + " ") || text.contains(" " + kind + " "), () -> "no " + kind);
		}
	}

	@Test
	void theCommandWritesTheFilesAndSaysWhat() throws Exception {
		Path out = dir.resolve("out");
		CliRun run = SALESENGINE.runGuarded("generate", "--seed", "3", "--lines", "500", "--files", "4", "-o", out.toString());
		assertEquals(0, run.exitCode(), run::describe);
		Map<String, String> expected = EngineGenerator.generate(3, 500, 4);
		assertEquals(out + ": 4 files, " + EngineGenerator.lineCount(expected) + " lines (seed 3)\n", run.out());
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(expected.keySet().stream().sorted().toList(), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		for (Map.Entry<String, String> file : expected.entrySet()) {
			assertEquals(file.getValue(), Files.readString(out.resolve(file.getKey())));
		}
	}

	@Test
	void badArgumentsAreUsageErrors() throws Exception {
		CliRun zero = SALESENGINE.runGuarded("generate", "--lines", "0", "-o", dir.toString());
		assertEquals(2, zero.exitCode(), zero::describe);
		assertEquals("salesengine: --lines must be between 1 and 5000000, not 0\n", zero.err());
		CliRun files = SALESENGINE.runGuarded("generate", "--lines", "10", "--files", "0", "-o", dir.toString());
		assertEquals(2, files.exitCode(), files::describe);
		assertEquals("salesengine: --files must be 1 or more, not 0\n", files.err());
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		CliRun notAFolder = SALESENGINE.runGuarded("generate", "--lines", "10", "-o", file.toString());
		assertEquals(2, notAFolder.exitCode(), notAFolder::describe);
		assertEquals("salesengine: " + file + ": not a folder\n", notAFolder.err());
	}
}
