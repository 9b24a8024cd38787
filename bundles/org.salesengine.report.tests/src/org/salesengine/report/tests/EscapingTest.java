package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.report.PlanPages;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.FileNames;
import org.salesengine.report.html.Html;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** fixtures/xss.sales puts markup in every name and text a report shows; all of it must arrive as text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class EscapingTest {
	private static final List<String> MARKUP = List.of("<script", "<img", "<svg onload", "<iframe", "<b ", "<object", "<a href='",
			"</style><", "<style>body", "</p><svg", "]]><");

	@Inject
	private EngineLoader loader;

	@Test
	void namesAndTextsOfTheEngineAreTextInTheReportAndThePlanPages() {
		ReportInput xss = Reports.xss(loader);
		List<String> pages = new ArrayList<>(List.of(Reports.html(xss)));
		pages.addAll(PlanPages.of(xss).values());
		for (String page : pages) {
			for (String markup : MARKUP) {
				assertFalse(page.contains(markup), "unescaped " + markup);
			}
		}
		String report = pages.get(0);
		assertTrue(report.contains("<title>&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;: sales engine report</title>"));
		assertTrue(report.contains("<h1>&lt;script&gt;window.__xss = 1; alert(1)&lt;/script&gt;</h1>"));
		assertTrue(report.contains("Grow (&lt;img src=x onerror=&#39;window.__xss = 2&#39;&gt;)"));
		// In the engine's text (appendix) the strings are escaped inside their highlighting.
		assertTrue(report.contains("<span class=\"str\">&quot;&lt;/style&gt;&lt;script&gt;window.__xss = 4&lt;/script&gt;&quot;</span>"));
		// In the diagrams' SVG, by the diagrams' own XML escaping.
		assertTrue(report.contains("&lt;script&gt;window.__xss = 10&lt;/script&gt;"));
		assertTrue(pages.get(1).contains("<h1>&lt;script&gt;window.__xss = 12&lt;/script&gt; (RepPlan)</h1>"));
	}

	@Test
	void escapingCoversTheCharactersHtmlGivesAMeaning() {
		assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;", Html.escape("<a href=\"x\" title='y'>&amp;</a>"));
		// Control characters other than tab and newline cannot be shown and are dropped.
		assertEquals("a\tb\nc", Html.escape("a\tb\nc\u0000\u0007\u007f"));
	}

	@Test
	void fileNamesStayInTheirFolderAndAreSafeForAShell() {
		assertEquals("etc-passwd", FileNames.stem("../etc/passwd"));
		assertEquals("Arger-Plan-Q1", FileNames.stem("Ärger Plan/Q1"));
		assertEquals("script", FileNames.stem("<script>"));
		assertEquals("unnamed", FileNames.stem("///"));
		assertEquals("Xss-RepPlan.html", PlanPages.of(Reports.xss(loader)).keySet().iterator().next());
	}
}
