package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.generator.EngineGenerator;

/**
 * Inputs at the edge of what a person or a tool could produce, each checked in a separate JVM whose heap is capped:
 * the expected message must come out, and within that memory. A run that needed more heap would end in an
 * OutOfMemoryError and fail the exact-output assertions.
 */
class PathologicalInputTest {
	@TempDir
	Path dir;

	@Test
	void aFormulaNestedTenThousandParenthesesDeepIsRead() throws Exception {
		int depth = 10_000;
		Path file = write("deep.sales", "engine D {\n  metrics {\n    kpi A { unit count }\n    kpi B { unit count formula "
				+ "(".repeat(depth) + "A" + ")".repeat(depth) + " }\n  }\n}\n");
		ExternalCli.Result result = check("-Xmx256m", file);
		assertEquals(0, result.exitCode(), result::toString);
		assertEquals(file + ":4:9: warning: KPI B supports no objective and no formula, measure, behavior, ritual, process or"
				+ " SPIF uses it [orphan-kpi]\n1 file checked: 0 errors, 1 warning, 0 info\n", result.out());
		assertEquals("", result.err());
	}

	@Test
	void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
		Path file = dir.resolve("huge.sales");
		byte[] block = EngineGenerator.generate(3, 2_000, 1).values().iterator().next().getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
				out.write(block);
			}
		}
		String size = String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(file) / (1024.0 * 1024.0));
		// 64 MB of heap: reading the file alone would need more.
		ExternalCli.Result result = check("-Xmx64m", file);
		assertEquals(2, result.exitCode(), result::toString);
		assertEquals("", result.out());
		assertEquals("salesengine: " + file + ": the file is too large to check (" + size
				+ "; the limit is 16.0 MB per file): split the engine over several files\n", result.err());
	}

	@Test
	void aOneMegabyteLineGivesTheRightColumn() throws Exception {
		String roles = IntStream.range(0, 40_000).mapToObj(i -> "role R" + i + " { headcount 1 }").collect(Collectors.joining(" "));
		String line = "engine L { structure { " + roles + " role Last { headcount 0.5 } } }";
		assertTrue(line.length() > 1_000_000);
		Path file = write("long.sales", line + "\n");
		ExternalCli.Result result = check("-Xmx256m", file);
		assertEquals(1, result.exitCode(), result::toString);
		int column = line.indexOf("0.5") + 1;
		assertEquals(file + ":1:" + column + ": error: expected a whole number such as 12, not '0.5' [invalid-value]\n"
				+ "1 file checked: 1 error, 0 warnings, 0 info\n", result.out());
	}

	@Test
	void tenThousandDuplicateNamesAreEachReported() throws Exception {
		Path file = write("dups.sales", "engine E {\n  structure {\n" + "    role Dup\n".repeat(10_000) + "  }\n}\n");
		ExternalCli.Result result = check("-Xmx256m", file);
		assertEquals(1, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		// One cause (the name), its line, its 10,000 findings indented below it, the summary.
		assertEquals(10_002, lines.size());
		assertEquals(file + ":3:10: error: name 'Dup' (10000 findings, one cause): two elements of one engine share a name, in"
				+ " one file or across the engine's files [duplicate-name]", lines.get(0));
		assertEquals("  " + file + ":3:10: duplicate name 'Dup': 10000 elements of engine E have it (also role at line 4)",
				lines.get(1));
		assertEquals("  " + file + ":10002:10: duplicate name 'Dup': 10000 elements of engine E have it (also role at line 3)",
				lines.get(10_000));
		assertEquals("1 file checked: 10000 errors, 0 warnings, 0 info (1 cause)", lines.get(10_001));
	}

	@Test
	void aCycleOfAThousandKpisIsReportedOncePerKpiWithAShortenedPath() throws Exception {
		int size = 1_000;
		StringBuilder text = new StringBuilder("engine C {\n  metrics {\n");
		for (int i = 1; i <= size; i++) {
			text.append("    kpi K").append(i).append(" { unit count formula K").append(i % size + 1).append(" }\n");
		}
		Path file = write("cycle.sales", text.append("  }\n}\n").toString());
		ExternalCli.Result result = check("-Xmx256m", file);
		assertEquals(1, result.exitCode(), result::toString);
		List<String> lines = result.out().lines().toList();
		// One cause (the cycle, named by its first KPIs), its 1,000 findings indented below it, the summary.
		assertEquals(size + 2, lines.size());
		assertEquals(file + ":3:33: error: the formula cycle of KPIs K1, K10, K100, K1000 and 996 more (1000 findings, one"
				+ " cause): a KPI formula depends on itself, directly or through other KPIs [formula-cycle]", lines.get(0));
		assertEquals("  " + file + ":3:33: KPI K1 depends on itself: K1 → K2 → K3 → K4 → … → K1000 → K1 (1000 steps)", lines.get(1));
		assertEquals("  " + file + ":1002:36: KPI K1000 depends on itself: K1000 → K1 → K2 → K3 → … → K999 → K1000"
				+ " (1000 steps)", lines.get(size));
		assertEquals("1 file checked: 1000 errors, 0 warnings, 0 info (1 cause)", lines.get(size + 1));
	}

	@Test
	void anEngineSplitOverFiveHundredFilesLinksAndSeesDuplicatesAcrossFiles() throws Exception {
		Map<String, String> engine = EngineGenerator.generate(5, 17_000, 500);
		assertEquals(500, engine.size());
		Path folder = dir.resolve("engine");
		EngineGenerator.write(engine, folder);
		ExternalCli.Result clean = check("-Xmx512m", folder);
		assertEquals(0, clean.exitCode(), clean::toString);
		assertEquals("500 files checked: no problems\n", clean.out());

		String head = engine.keySet().iterator().next();
		String name = engine.get(head).lines().filter(l -> l.startsWith("engine ")).findFirst().orElseThrow().split(" ")[1];
		int croLine = 1 + engine.get(head).lines().takeWhile(l -> !l.contains("role CRO ")).toList().size();
		Files.writeString(folder.resolve("zz-extra.sales"), "engine " + name + " {\n  structure {\n    role CRO\n  }\n}\n");
		ExternalCli.Result duplicate = check("-Xmx512m", folder);
		assertEquals(1, duplicate.exitCode(), duplicate::toString);
		// The two findings are one cause, the name they share.
		assertEquals(List.of(
				folder.resolve(head) + ":" + croLine + ":10: error: name 'CRO' (2 findings, one cause): two elements of one"
						+ " engine share a name, in one file or across the engine's files [duplicate-name]",
				"  " + folder.resolve(head) + ":" + croLine + ":10: duplicate name 'CRO': 2 elements of engine " + name
						+ " have it (also role at zz-extra.sales, line 3)",
				"  " + folder.resolve("zz-extra.sales") + ":3:10: duplicate name 'CRO': 2 elements of engine " + name
						+ " have it (also role at " + head + ", line " + croLine + ")",
				"501 files checked: 2 errors, 0 warnings, 0 info (1 cause)"), duplicate.out().lines().toList());
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	private static ExternalCli.Result check(String heap, Path path) throws IOException, InterruptedException {
		return ExternalCli.run(List.of(heap, "-XX:+UseSerialGC"), "check", path.toString());
	}
}
