package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesengine.analysis.health.HealthScoring;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.report.advice.FixAdvice;
import org.salesengine.report.advice.Maturity;
import org.salesengine.testing.TestFiles;

/** The maturity mapping, as docs/report.md documents it, and a fix for every rule of the catalogue. */
class MaturityAndAdviceTest {

	@Test
	void scoresMapToLevelsAtTheDocumentedBounds() {
		assertEquals(Maturity.ALIGNED, Maturity.of(100));
		assertEquals(Maturity.ALIGNED, Maturity.of(90));
		assertEquals(Maturity.DEFINED, Maturity.of(89));
		assertEquals(Maturity.DEFINED, Maturity.of(70));
		assertEquals(Maturity.EMERGING, Maturity.of(69));
		assertEquals(Maturity.EMERGING, Maturity.of(50));
		assertEquals(Maturity.AD_HOC, Maturity.of(49));
		assertEquals(Maturity.AD_HOC, Maturity.of(0));
		// In findings: two warnings (penalty 10) score 100 × 100 ÷ 110 = 90.9, still aligned; a third (15) scores 87.
		assertEquals(Maturity.ALIGNED, Maturity.of(HealthScoring.score(10)));
		assertEquals(Maturity.DEFINED, Maturity.of(HealthScoring.score(15)));
		// Two errors (40) score 71.4; a third (60) scores 62.5; five (100) score 50; six (120) score 45.5.
		assertEquals(Maturity.DEFINED, Maturity.of(HealthScoring.score(40)));
		assertEquals(Maturity.EMERGING, Maturity.of(HealthScoring.score(60)));
		assertEquals(Maturity.EMERGING, Maturity.of(HealthScoring.score(100)));
		assertEquals(Maturity.AD_HOC, Maturity.of(HealthScoring.score(120)));
	}

	@Test
	void docsReportShowsTheMappingAsTheCodeHasIt() {
		String doc = TestFiles.read(TestFiles.root().resolve("docs/report.md"));
		assertEquals("""
				| score | level | what it means |
				|---|---|---|
				| 90 to 100 | 4 aligned | the part is complete and lines up with the others |
				| 70 to 89 | 3 defined | the part is designed; a few findings remain against practice |
				| 50 to 69 | 2 emerging | the part exists but has gaps a reviewer would stop at |
				| below 50 | 1 ad hoc | the part is written down but does not hold together: errors make its figures unreliable |
				""", Maturity.markdownTable());
		assertTrue(doc.contains(Maturity.markdownTable()), "docs/report.md must contain the table of Maturity.markdownTable()");
	}

	@Test
	void everyRuleOfTheCatalogueHasAFixAndNothingElseHasOne() {
		List<String> without = Arrays.stream(Rule.values()).map(Rule::code).filter(code -> FixAdvice.of(code).isEmpty()).toList();
		assertEquals(List.of(), without);
		assertTrue(FixAdvice.of("no-such-rule").isEmpty());
		Arrays.stream(Rule.values()).forEach(rule -> assertTrue(FixAdvice.of(rule.code()).orElseThrow().endsWith("."), rule.code()));
	}
}
