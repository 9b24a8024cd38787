package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** Bad input always gets a clear message with a location or one line, exit 1 or 2, and never a stack trace. */
class BadInputTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	@TempDir
	Path dir;

	@Test
	void emptyFile() throws Exception {
		CliRun cli = check("empty.sales", new byte[0]);
		assertEquals(1, cli.exitCode());
		assertEquals(path("empty.sales") + ":1:1: error: the file is empty: expected an engine, such as engine Acme { ... } [syntax]",
				cli.out().lines().findFirst().orElseThrow());
	}

	@Test
	void binaryGarbage() throws Exception {
		byte[] garbage = new byte[4096];
		new Random(42).nextBytes(garbage);
		CliRun cli = check("garbage.sales", garbage);
		assertEquals(1, cli.exitCode());
		assertTrue(cli.out().startsWith(path("garbage.sales") + ":1:"), cli.out());
		assertTrue(cli.out().contains("the file is not valid UTF-8: byte 0x"), cli.out());
		assertTrue(cli.out().contains("[encoding]"), cli.out());
	}

	@Test
	void invalidUtf8PointsAtTheBadByte() throws Exception {
		byte[] text = "engine E {\n  description \"caf\u00e9 ".getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[text.length + 3];
		System.arraycopy(text, 0, bad, 0, text.length);
		bad[text.length] = (byte) 0xC3;
		bad[text.length + 1] = (byte) 0x28;
		bad[text.length + 2] = '"';
		CliRun cli = check("latin.sales", bad);
		assertEquals(1, cli.exitCode());
		assertTrue(cli.out().startsWith(path("latin.sales") + ":2:21: error: the file is not valid UTF-8: byte 0xC3 at byte offset 32"), cli.out());
	}

	@Test
	void truncatedFile() throws Exception {
		java.util.List<String> acme = Files.readAllLines(TestFiles.example("acme.sales"));
		String firstHalf = String.join("\n", acme.subList(0, acme.size() / 2)) + "\n";
		CliRun cli = check("truncated.sales", firstHalf.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, cli.exitCode());
		assertTrue(cli.out().contains("error: unexpected end of file (is the file cut short?)"), cli.out());
	}

	@Test
	void folderWithoutSalesFiles() throws Exception {
		Files.createDirectories(dir.resolve("empty"));
		CliRun cli = SALESENGINE.run("check", dir.resolve("empty").toString());
		assertEquals(2, cli.exitCode());
		assertEquals("salesengine: " + dir.resolve("empty") + ": folder holds no .sales files\n", cli.err());
	}

	@Test
	void missingPath() {
		CliRun cli = SALESENGINE.run("check", dir.resolve("nowhere.sales").toString());
		assertEquals(2, cli.exitCode());
		assertEquals("salesengine: " + dir.resolve("nowhere.sales") + ": no such file or folder\n", cli.err());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CliRun cli = SALESENGINE.run("check", "--colour", TestFiles.example("acme.sales").toString());
		assertEquals(2, cli.exitCode());
		assertEquals("salesengine: Unknown option: '--colour' (see 'salesengine check --help')\n", cli.err());
	}

	/** A usage error is one line that says where the help is, whatever the command; never the whole help text. */
	@ParameterizedTest
	@ValueSource(strings = { "check", "analyze", "render", "format", "rules", "generate", "import", "calibrate", "generate-crm" })
	void aUsageErrorIsOneLinePointingToTheCommandsHelp(String command) {
		// picocli names a missing required option before an unknown one; either is the one line.
		CliRun cli = SALESENGINE.run(command, "--no-such-option");
		assertEquals(2, cli.exitCode());
		assertTrue(cli.err().matches("salesengine: (Unknown option: '--no-such-option'|Missing required [^\n]+) \\(see 'salesengine "
				+ command + " --help'\\)\n"), cli.err());
		assertEquals("", cli.out());
		CliRun none = SALESENGINE.run();
		assertEquals("salesengine: a command is required (check, analyze, compare, diff, render, views, table, report, plan-docs, format, edit, rules, lsp, generate, import, calibrate, generate-crm) (see 'salesengine --help')\n",
				none.err());
	}

	@Test
	void veryLongLine() throws Exception {
		String name = "A".repeat(1_000_000);
		CliRun cli = check("long.sales", ("engine L { strategy { objective " + name + " { priority 1 2 } } }\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(1, cli.exitCode());
		assertTrue(cli.out().lines().allMatch(l -> l.length() < 1_000), "every line stays readable");
		assertTrue(cli.out().contains("error: unexpected '2' in objective AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA...: expected one of priority,"
				+ " description or '}' [syntax]"), cli.out());
	}

	@Test
	void numbersTooLargeToRepresent() throws Exception {
		CliRun cli = check("big.sales", "engine N { strategy { revenue target 99999999999999999999999M } structure { role R { headcount 3000000000 } } }\n"
				.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, cli.exitCode());
		assertTrue(cli.out().contains(":1:38: error: the number '99999999999999999999999M' is too large or too precise (at most 18 digits) [invalid-value]"), cli.out());
		assertTrue(cli.out().contains("error: the number '3000000000' is too large (at most 2147483647) [invalid-value]"), cli.out());
	}

	private CliRun check(String name, byte[] content) throws Exception {
		Files.write(dir.resolve(name), content);
		CliRun cli = SALESENGINE.run("check", dir.resolve(name).toString());
		assertFalse(cli.showsStackTrace(), cli.out() + cli.err());
		return cli;
	}

	private String path(String name) {
		return dir.resolve(name).toString();
	}
}
