package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;

/** `salesengine format`: prints, checks, or rewrites in place (atomically), and leaves files that do not parse alone. */
class FormatCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String MESSY = "engine M {\ncurrency EUR\n   strategy { objective O {priority 1} }\n}\n";
	private static final String TIDY = "engine M {\n  currency EUR\n  strategy { objective O { priority 1 } }\n}\n";

	@TempDir
	Path dir;

	@Test
	void printsTheFormattedText() throws Exception {
		Path file = write("m.sales", MESSY);
		CliRun cli = SALESENGINE.run("format", file.toString());
		assertEquals(0, cli.exitCode(), cli.err());
		assertEquals(TIDY, cli.out());
		assertEquals(MESSY, Files.readString(file), "printing changes nothing on disk");
	}

	@Test
	void checkListsUnformattedFilesAndExitsOne() throws Exception {
		Path messy = write("m.sales", MESSY);
		write("t.sales", TIDY.replace("engine M", "engine T"));
		CliRun cli = SALESENGINE.run("format", "--check", dir.toString());
		assertEquals(1, cli.exitCode());
		assertEquals(messy + ": not formatted\n", cli.out());
		assertEquals(0, SALESENGINE.run("format", "--check", dir.resolve("t.sales").toString()).exitCode());
	}

	@Test
	void writeReplacesTheFileAtomicallyAndKeepsItsPermissions() throws Exception {
		Path file = write("m.sales", MESSY);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		CliRun cli = SALESENGINE.run("format", "--write", file.toString());
		assertEquals(0, cli.exitCode(), cli.err());
		assertEquals(TIDY, Files.readString(file));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
		}
		assertEquals(0, SALESENGINE.run("format", "--check", file.toString()).exitCode());
	}

	@Test
	void aFileThatDoesNotParseIsLeftAlone() throws Exception {
		Path file = write("bad.sales", "engine B { strategy { objective } }\n");
		CliRun cli = SALESENGINE.run("format", "--write", file.toString());
		assertEquals(1, cli.exitCode());
		assertTrue(cli.err().startsWith(file + ":1:"), cli.err());
		assertEquals("engine B { strategy { objective } }\n", Files.readString(file));
	}

	@Test
	void writeAndCheckCannotBeCombined() throws Exception {
		Path file = write("m.sales", MESSY);
		CliRun cli = SALESENGINE.run("format", "--write", "--check", file.toString());
		assertEquals(2, cli.exitCode());
		assertTrue(cli.err().contains("mutually exclusive"), cli.err());
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text);
	}
}
