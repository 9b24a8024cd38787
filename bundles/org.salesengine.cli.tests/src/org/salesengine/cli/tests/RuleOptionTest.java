package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code check --rule CODE=LEVEL}: severities for one run, over the engine's own rules section. */
class RuleOptionTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	/** One objective nobody measures: a warning, unmeasured-objective. The engine switches tiny-weight off. */
	private static final String ENGINE = """
			engine W {
			  strategy { objective Lonely }
			  rules { rule unmeasured-objective info }
			}
			""";

	private static Path engine(Path dir) throws Exception {
		Path file = dir.resolve("w.sales");
		Files.writeString(file, ENGINE);
		return file;
	}

	@Test
	void theEnginesOwnSettingCounts(@TempDir Path dir) throws Exception {
		Path file = engine(dir);
		CliRun cli = SALESENGINE.run("check", file.toString());
		assertEquals(0, cli.exitCode(), cli.out() + cli.err());
		assertEquals(List.of(file + ":2:24: info: objective Lonely is supported by no KPI [unmeasured-objective]",
				"1 file checked: 0 errors, 0 warnings, 1 info"), cli.out().lines().toList());
	}

	@Test
	void anOverridePromotesAWarningToAnErrorAndTheExitCodeFollows(@TempDir Path dir) throws Exception {
		Path file = engine(dir);
		CliRun cli = SALESENGINE.run("check", "--rule", "unmeasured-objective=error", file.toString());
		assertEquals(1, cli.exitCode(), cli.out() + cli.err());
		assertTrue(cli.out().contains(": error: objective Lonely is supported by no KPI [unmeasured-objective]"), cli.out());
		// The override lasts one run: the same process checks the engine's own setting again next time.
		assertEquals(0, SALESENGINE.run("check", file.toString()).exitCode());
	}

	@Test
	void offSilencesTheRule(@TempDir Path dir) throws Exception {
		CliRun cli = SALESENGINE.run("check", "--rule", "unmeasured-objective=off", engine(dir).toString());
		assertEquals("1 file checked: no problems\n", cli.out());
	}

	@Test
	void sarifReportsTheSeverityInEffect(@TempDir Path dir) throws Exception {
		CliRun cli = SALESENGINE.run("check", "--format", "sarif", "--rule", "unmeasured-objective=error", engine(dir).toString());
		JsonObject run = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray results = run.getAsJsonArray("results");
		assertEquals(1, results.size());
		assertEquals("error", results.get(0).getAsJsonObject().get("level").getAsString());
	}

	@Test
	void aMisspeltCodeOrLevelIsAOneLineUsageError(@TempDir Path dir) throws Exception {
		Path file = engine(dir);
		CliRun code = SALESENGINE.run("check", "--rule", "unmeasured-objectiv=error", file.toString());
		assertEquals(2, code.exitCode());
		assertEquals("salesengine: --rule unmeasured-objectiv=error: unknown rule 'unmeasured-objectiv' (did you mean"
				+ " 'unmeasured-objective'?); 'salesengine rules' lists them\n", code.err());
		assertEquals("", code.out());
		CliRun level = SALESENGINE.run("check", "--rule", "unmeasured-objective=eror", file.toString());
		assertEquals(2, level.exitCode());
		assertEquals("salesengine: --rule unmeasured-objective=eror: unknown level 'eror' (did you mean 'error'?); the levels"
				+ " are off, info, warning, error\n", level.err());
		CliRun syntax = SALESENGINE.run("check", "--rule", "syntax=off", file.toString());
		assertEquals("salesengine: --rule syntax=off: rule syntax cannot be configured\n", syntax.err());
	}
}
