package org.salesengine.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.tests.DefectCorpus.Verdict;
import org.salesengine.testing.Engines;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * The planted-defect corpus: every planted finding appears at its line and nothing false appears beside it (100% or
 * the test fails), the clean engines give no warning or error, and docs/defects.md is the generated table.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SalesEngineInjectorProvider.class)
class DefectCorpusTest {
	@Inject
	private EngineLoader loader;

	@Test
	void everyPlantedDefectIsCaughtAtItsLineAndNothingFalseBesideIt() throws IOException {
		List<Verdict> verdicts = verdicts();
		long caught = verdicts.stream().filter(v -> v.caught() && v.unexpected().isEmpty()).count();
		System.out.println("Planted-defect corpus: " + caught + " of " + verdicts.size() + " engines caught cleanly ("
				+ Math.round(100.0 * caught / verdicts.size()) + "%)");
		List<String> failures = new ArrayList<>();
		for (Verdict verdict : verdicts) {
			if (!verdict.caught()) {
				failures.add(verdict.engine().name() + ": missed " + verdict.missed());
			}
			verdict.unexpected().forEach(f -> failures.add(verdict.engine().name() + ": unexpected " + ExamplesTest.line(f)));
		}
		assertEquals(List.of(), failures, () -> "catch rate " + caught + "/" + verdicts.size() + ":\n" + String.join("\n", failures));
	}

	@Test
	void theCorpusIsLargeAndEachEngineNamesItsDefect() throws IOException {
		List<Path> files = DefectCorpus.files("defects");
		assertTrue(files.size() >= 25, "at least 25 planted defects, found " + files.size());
		Set<String> codes = new java.util.TreeSet<>();
		for (Path file : files) {
			DefectCorpus engine = DefectCorpus.read(file);
			assertFalse(engine.title().isEmpty(), file + " starts with // Defect: title.");
			assertFalse(engine.planted().isEmpty(), file + " plants no finding");
			engine.planted().forEach(m -> codes.add(m.code()));
		}
		// The kinds of defect the corpus must cover, by the finding that catches them.
		for (String code : List.of("capacity-short", "kpi-under-covered", "kpi-over-covered", "coverage-overlap", "dead-accelerator",
				"capped-before-target", "value-unit-mismatch", "implausible-amount", "rollup-mismatch", "activity-capacity-short",
				"kpi-below-funnel", "win-rate-off-funnel", "produced-kpi-mismatch", "seasonality-not-100", "plan-without-role",
				"hire-not-first-of-month", "syntax")) {
			assertTrue(codes.contains(code), "no planted defect is caught by " + code);
		}
	}

	@Test
	void theCleanEnginesGiveNoWarningOrError() throws IOException {
		List<Path> files = DefectCorpus.files("clean-engines");
		assertEquals(3, files.size());
		for (Path file : files) {
			Verdict verdict = DefectCorpus.read(file).judge(Engines.load(loader, file).findings());
			assertEquals(List.of(), verdict.unexpected().stream().map(ExamplesTest::line).toList(), file.toString());
		}
	}

	@Test
	void theSyntaxErrorsGiveOnlyTheSyntaxError() throws IOException {
		for (Path file : DefectCorpus.files("defects")) {
			DefectCorpus engine = DefectCorpus.read(file);
			if (engine.planted().stream().anyMatch(m -> m.code().equals("syntax"))) {
				List<Finding> findings = Engines.load(loader, file).findings();
				assertEquals(Set.of("syntax"), findings.stream().map(Finding::code).collect(Collectors.toSet()), file.toString());
			}
		}
	}

	@Test
	void docsDefectsMdIsTheGeneratedTable() throws IOException {
		String generated = DefectCorpus.markdown(verdicts(), DefectCorpus.files("clean-engines").stream()
				.map(f -> f.getFileName().toString()).toList());
		Path written = TestFiles.root().resolve("bundles/org.salesengine.dsl.tests/target/defects.md");
		Files.createDirectories(written.getParent());
		Files.writeString(written, generated, StandardCharsets.UTF_8);
		String committed = TestFiles.read(TestFiles.root().resolve("docs/defects.md"));
		assertEquals(generated, committed, "docs/defects.md is out of date: cp " + TestFiles.root().relativize(written) + " docs/defects.md");
	}

	private List<Verdict> verdicts() throws IOException {
		List<Verdict> verdicts = new ArrayList<>();
		for (Path file : DefectCorpus.files("defects")) {
			verdicts.add(DefectCorpus.read(file).judge(Engines.load(loader, file).findings()));
		}
		return verdicts;
	}
}
