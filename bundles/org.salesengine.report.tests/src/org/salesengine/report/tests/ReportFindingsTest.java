package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.report.ReportInput;
import org.salesengine.report.advice.FixAdvice;
import org.salesengine.report.html.Html;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** Chapter 6 on broken.sales: every finding, with its place, its line, the rule's rationale and how to fix it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ReportFindingsTest {
	@Inject
	private EngineLoader loader;

	@Test
	void everyFindingOfBrokenIsListedWithItsRationaleAndAFix() {
		ReportInput input = Reports.broken(loader);
		String findings = Reports.chapter(Reports.html(input), Chapter.FINDINGS);
		List<String> lines = TestFiles.exampleText("broken.sales").lines().toList();
		// The README's summary of broken.sales: 9 errors and 17 warnings.
		assertEquals(26, input.findings().size());
		assertEquals(input.findings().size(), findings.split("<div class=\"finding ", -1).length - 1);
		for (Finding finding : input.findings()) {
			String block = Reports.after(findings, "<div class=\"finding " + finding.severityLabel() + "\" data-code=\"" + finding.code()
					+ "\">\n<p class=\"message\"><span class=\"badge " + finding.severityLabel() + "\">" + finding.severityLabel()
					+ "</span>" + Html.escape(finding.message()), 2500);
			block = block.substring(0, block.indexOf("</div>"));
			Rule rule = Rule.byCode(finding.code());
			assertTrue(block.contains("<strong>Why it matters:</strong> " + Html.escape(rule.rationale())), finding.code());
			assertTrue(block.contains("<strong>How to fix:</strong> " + Html.escape(FixAdvice.of(finding.code()).orElseThrow())),
					finding.code());
			assertTrue(block.contains("broken.sales:" + finding.line() + ":" + finding.column()), finding.code());
			assertTrue(block.contains("<pre class=\"line\">" + finding.line() + " | " + Html.escape(lines.get(finding.line() - 1).strip())
					+ "</pre>"), finding.code() + " quotes its line");
		}
	}

	@Test
	void findingsAreGroupedByPillarWeakestFirstWithTheirCounts() {
		String findings = Reports.chapter(Reports.html(Reports.broken(loader)), Chapter.FINDINGS);
		// From the analysis of broken.sales (README): metrics & compensation 25 (7 errors, 9 warnings), structure 67 (2, 2),
		// culture 74 (0, 5), strategy 93 (0, 1).
		List<String> headings = List.of("<h3 id=\"findings-metrics-compensation\">Metrics &amp; compensation: 7 errors, 9 warnings</h3>",
				"<h3 id=\"findings-structure-process\">Structure &amp; process: 2 errors, 2 warnings</h3>",
				"<h3 id=\"findings-culture-behavior\">Culture &amp; behavior: 0 errors, 5 warnings</h3>",
				"<h3 id=\"findings-strategy\">Strategy: 0 errors, 1 warning</h3>");
		int previous = -1;
		for (String heading : headings) {
			int at = findings.indexOf(heading);
			assertTrue(at > previous, heading);
			previous = at;
		}
	}

	@Test
	void theScorecardGivesEachPillarItsMaturityLevel() {
		String glance = Reports.chapter(Reports.html(Reports.broken(loader)), Chapter.GLANCE);
		// Scores 25, 67, 74, 93: below 50 is level 1, 50-69 level 2, 70-89 level 3, 90 and above level 4.
		assertTrue(glance.contains("<th>Metrics &amp; compensation</th>\n<td class=\"num\">25</td>\n<td class=\"level-1\">1 ad hoc</td>"));
		assertTrue(glance.contains("<th>Structure &amp; process</th>\n<td class=\"num\">67</td>\n<td class=\"level-2\">2 emerging</td>"));
		assertTrue(glance.contains("<th>Culture &amp; behavior</th>\n<td class=\"num\">74</td>\n<td class=\"level-3\">3 defined</td>"));
		assertTrue(glance.contains("<th>Strategy</th>\n<td class=\"num\">93</td>\n<td class=\"level-4\">4 aligned</td>"));
		assertTrue(glance.contains("<p class=\"headline\">Strengthen metrics &amp; compensation first: it scores 25/100, with 7 errors and 9 warnings.</p>"));
		// The two formula-cycle findings are one cause (the cycle), named once as the first reason.
		assertTrue(glance.contains("<li>the formula cycle of KPIs Velocity, WinShare (2 findings, one cause): a KPI formula depends on itself, directly or through other KPIs</li>"));
	}
}
