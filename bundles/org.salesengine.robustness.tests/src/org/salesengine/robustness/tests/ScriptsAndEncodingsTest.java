package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/** Names in the team's own script, files saved by Windows editors (CRLF, byte-order mark): same findings, same places. */
class ScriptsAndEncodingsTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String SCRIPTS = """
			engine Ventas "Ventes" {
			  currency EUR
			  strategy {
			    objective Рост { priority 1 }
			    segment 中堅企業
			  }
			  structure {
			    role Vertriebsleiter { headcount 2 }
			    role 営業 { headcount 5 carries quota reports to Vertriebsleiter }
			    team Ομάδα { lead Vertriebsleiter members 営業 covers 中堅企業 }
			  }
			  culture {
			    ritual مراجعة { cadence weekly led by Vertriebsleiter reviews 매출, 파이프라인 }
			  }
			  metrics {
			    kpi 매출 { unit currency lagging target 2M supports Рост owner 営業 }
			    kpi 파이프라인 { unit currency leading target 3M supports Рост owner 営業 }
			  }
			  compensation {
			    plan แผน for 営業 { on target earnings 100k mix 50/50 measure 매출 weight 100% { quota 400k } }
			  }
			}
			""";

	@TempDir
	Path dir;

	@Test
	void namesInNonLatinScriptsLinkAndAreNamedInMessages() throws Exception {
		CliRun clean = check("scripts.sales", SCRIPTS.getBytes(StandardCharsets.UTF_8));
		assertEquals(0, clean.exitCode(), clean::describe);
		assertEquals("1 file checked: no problems\n", clean.out());

		String typos = SCRIPTS.replace("reports to Vertriebsleiter", "reports to Vertriebsleitr")
				.replace("supports Рост owner 営業 }\n    kpi 파", "supports Рост owner 営業部 }\n    kpi 파")
				.replace("target 3M supports Рост", "target 3M supports Рот");
		CliRun broken = check("typos.sales", typos.getBytes(StandardCharsets.UTF_8));
		String path = dir.resolve("typos.sales").toString();
		assertEquals(1, broken.exitCode(), broken::describe);
		assertEquals(List.of(
				path + ":4:15: warning: objective Рост is supported only by lagging KPIs (매출): no early signal [no-leading-indicator]",
				path + ":9:52: error: unknown role 'Vertriebsleitr' (did you mean 'Vertriebsleiter'?) [unresolved-reference]",
				path + ":16:66: error: unknown role '営業部' (did you mean '営業'?) [unresolved-reference]",
				path + ":17:58: error: unknown objective 'Рот' (did you mean 'Рост'?) [unresolved-reference]",
				"1 file checked: 3 errors, 1 warning, 0 info"), broken.out().lines().toList());
	}

	@Test
	void aSymbolOutsideTheSupportedScriptsIsNamedInTheMessage() throws Exception {
		CliRun run = check("emoji.sales", "engine E {\n  structure {\n    role Sales😀 { headcount 1 }\n  }\n}\n"
				.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, run.exitCode(), run::describe);
		assertEquals(dir.resolve("emoji.sales") + ":3:15: error: unexpected '😀' (U+1F600) in the structure section: expected one of"
				+ " role, team, process, territory, channel or '}': names are made of letters, digits and _ [syntax]", run.out().lines().findFirst().orElseThrow());
	}

	@Test
	void crlfFilesGetTheSameFindingsAtTheSameLinesAndColumns() throws Exception {
		byte[] lf = Files.readAllBytes(TestFiles.example("broken.sales"));
		byte[] crlf = new String(lf, StandardCharsets.UTF_8).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		CliRun unix = check("unix.sales", lf);
		CliRun windows = check("windows.sales", crlf);
		assertEquals(1, windows.exitCode(), windows::describe);
		assertTrue(unix.out().lines().count() > 10, unix::describe);
		assertEquals(unix.out().replace("unix.sales", "windows.sales"), windows.out());

		CliRun acme = check("acme-crlf.sales", new String(Files.readAllBytes(TestFiles.example("acme.sales")), StandardCharsets.UTF_8)
				.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
		assertEquals(0, acme.exitCode(), acme::describe);
		assertEquals("1 file checked: no problems\n", acme.out());
	}

	@Test
	void formattingACrlfFileInPlaceKeepsCrlf() throws Exception {
		Path file = dir.resolve("messy.sales");
		Files.writeString(file, "engine E   {\r\n  structure {\r\n      role A   { headcount 1 }\r\n  }\r\n}\r\n");
		CliRun run = SALESENGINE.runGuarded("format", "--write", file.toString());
		assertEquals(0, run.exitCode(), run::describe);
		assertEquals("engine E {\r\n  structure {\r\n    role A { headcount 1 }\r\n  }\r\n}\r\n", Files.readString(file));
	}

	@Test
	void aByteOrderMarkDoesNotShiftColumnsAndSurvivesFormatting() throws Exception {
		byte[] text = "engine E { currency XYZ }\n".getBytes(StandardCharsets.UTF_8);
		CliRun plain = check("plain.sales", text);
		CliRun bom = check("bom.sales", withBom(text));
		assertEquals(dir.resolve("plain.sales") + ":1:21: warning: currency 'XYZ' is not an ISO 4217 code such as EUR or USD"
				+ " [unknown-currency]", plain.out().lines().findFirst().orElseThrow());
		assertEquals(plain.out().replace("plain.sales", "bom.sales"), bom.out());

		CliRun broken = check("broken-bom.sales", withBom(Files.readAllBytes(TestFiles.example("broken.sales"))));
		CliRun brokenPlain = check("broken-plain.sales", Files.readAllBytes(TestFiles.example("broken.sales")));
		assertEquals(brokenPlain.out().replace("broken-plain.sales", "broken-bom.sales"), broken.out());

		Path messy = dir.resolve("messy-bom.sales");
		Files.write(messy, withBom("engine E   {   currency EUR }\n".getBytes(StandardCharsets.UTF_8)));
		CliRun format = SALESENGINE.runGuarded("format", "--write", messy.toString());
		assertEquals(0, format.exitCode(), format::describe);
		assertArrayEquals(withBom("engine E { currency EUR }\n".getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(messy));
	}

	/**
	 * Under the POSIX locale (LANG and LC_ALL C, as in many containers and CI runners) the JVM's standard output is
	 * ASCII; the command line still writes UTF-8, so the cycle's arrows and names in other scripts arrive intact
	 * rather than as '?'.
	 */
	@Test
	void theOutputIsUtf8UnderThePosixLocale() throws Exception {
		java.util.Map<String, String> posix = java.util.Map.of("LANG", "C", "LC_ALL", "C");
		String broken = TestFiles.example("broken.sales").toString();
		ExternalCli.Result text = ExternalCli.run(posix, List.of(), "check", broken);
		assertEquals(1, text.exitCode(), text::toString);
		assertTrue(text.out().contains("KPI Velocity depends on itself: Velocity → WinShare → Velocity"), text::toString);
		Path scripts = dir.resolve("scripts.sales");
		Files.write(scripts, SCRIPTS.getBytes(StandardCharsets.UTF_8));
		ExternalCli.Result roles = ExternalCli.run(posix, List.of(), "table", scripts.toString(), "--table", "roles");
		assertEquals(0, roles.exitCode(), roles::toString);
		assertTrue(roles.out().lines().anyMatch(line -> line.startsWith("営業 ")), roles::toString);
		assertFalse(roles.out().contains("?"), roles.out());
	}

	private static byte[] withBom(byte[] text) {
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);
		return bytes;
	}

	private CliRun check(String name, byte[] content) throws Exception {
		Files.write(dir.resolve(name), content);
		CliRun run = SALESENGINE.runGuarded("check", dir.resolve(name).toString());
		assertFalse(run.checkProblem() != null, () -> run.checkProblem() + "\n" + run.describe());
		return run;
	}
}
