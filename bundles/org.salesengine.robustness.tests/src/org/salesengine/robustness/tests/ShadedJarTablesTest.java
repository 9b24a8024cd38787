package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.testing.TestFiles;

/**
 * Tables from the command line as users run it, in a JVM of its own (in a full build, the shaded jar): Commons CSV
 * and the painters are on its classpath, not only in the OSGi test runtime.
 */
class ShadedJarTablesTest {
	@TempDir
	Path dir;

	@Test
	void csvAndPngComeOutOfTheJar() throws Exception {
		String acme = TestFiles.example("acme.sales").toString();
		ExternalCli.Result csv = ExternalCli.run(List.of(), "table", acme, "--table", "roles", "--format", "csv");
		assertEquals(0, csv.exitCode(), csv::toString);
		assertEquals(List.of("role,display name,headcount,ramp,carries quota,reports to,plan,OTE,mix,findings",
				"Manager,Sales manager,3,,no,,,,,", "SDR,Sales development representative,10,3 months,no,Manager,SDRPlan,70k,70/30,",
				"AE,Account executive,12,6 months,yes,Manager,AEPlan,140k,50/50,", "AM,Account manager,5,,yes,Manager,AMPlan,110k,60/40,"),
				csv.out().lines().toList());
		assertTrue(csv.out().contains("\r\n"), "RFC 4180 lines end in CRLF");
		Path png = dir.resolve("alignment.png");
		ExternalCli.Result picture = ExternalCli.run(List.of(), "table", acme, "--table", "alignment", "--format", "png", "-o", png.toString());
		assertEquals(0, picture.exitCode(), picture::toString);
		assertEquals("wrote " + png + "\n", picture.out());
		assertTrue(Files.size(png) > 10_000, "a picture, not an empty file");
	}
}
