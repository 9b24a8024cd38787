package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.report.ChromiumPdf;

/**
 * Printing to PDF: Chromium is looked up on the given folders, never fetched; it is called with the switches that keep
 * it off the network and a fresh profile; the PDF is written whole (AtomicFiles) once Chromium has finished. A stand-in script plays Chromium here
 * (the real one prints in ReportCommandTest and the browser test).
 */
class ChromiumPdfTest {
	@TempDir
	Path temp;

	@Test
	void withoutChromiumThereIsNoExecutable() {
		assertTrue(new ChromiumPdf(List.of(temp)).executable().isEmpty());
		assertEquals("apt-get install chromium", ChromiumPdf.HOW_TO_INSTALL);
	}

	@Test
	void chromiumIsCalledOfflineWithAFreshProfileAndThePdfAppearsWhole() throws Exception {
		Path bin = Files.createDirectories(temp.resolve("bin"));
		Path arguments = temp.resolve("arguments.txt");
		Path chromium = script(bin.resolve("chromium"), "printf '%s\\n' \"$@\" > '" + arguments + "'\n"
				+ "for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4 stand-in' > \"${a#--print-to-pdf=}\";; esac; done\n");
		ChromiumPdf printer = new ChromiumPdf(List.of(temp.resolve("empty"), bin));
		assertEquals(chromium, printer.executable().orElseThrow());
		Path html = Files.writeString(temp.resolve("report.html"), "<!DOCTYPE html><p>x</p>");
		Path out = Files.createDirectories(temp.resolve("out"));
		printer.print(chromium, html, out.resolve("report.pdf"));
		assertEquals("%PDF-1.4 stand-in", Files.readString(out.resolve("report.pdf")));
		// Written like every other output, not left with the temporary file's owner-only permissions.
		assertTrue(Files.getPosixFilePermissions(out.resolve("report.pdf")).contains(PosixFilePermission.OTHERS_READ));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("report.pdf"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
		}
		List<String> args = Files.readAllLines(arguments);
		assertEquals(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--no-pdf-header-footer"), args.subList(0, 8));
		String profile = args.get(8);
		assertTrue(profile.startsWith("--user-data-dir="), profile);
		assertTrue(Files.notExists(Path.of(profile.substring("--user-data-dir=".length()))), "the fresh profile is removed");
		assertEquals(html.toUri().toString(), args.get(args.size() - 1));
	}

	@Test
	void aChromiumThatFailsLeavesNoPdfAndSaysSoInOneSentence() throws Exception {
		Path chromium = script(Files.createDirectories(temp.resolve("bin")).resolve("chromium"), "exit 3\n");
		Path pdf = temp.resolve("report.pdf");
		ChromiumPdf.PrintProblem problem = assertThrows(ChromiumPdf.PrintProblem.class,
				() -> new ChromiumPdf(List.of(chromium.getParent())).print(chromium, temp.resolve("r.html"), pdf));
		assertEquals("chromium could not print the report (exit code 3)", problem.getMessage());
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of("bin"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	private static Path script(Path file, String body) throws Exception {
		Files.writeString(file, "#!/bin/sh\n" + body);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}
}
