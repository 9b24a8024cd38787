package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.report.ReportInput;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/** The report's structure on acme: every chapter in order, every element named, nothing outside the file. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ReportStructureTest {
	@Inject
	private EngineLoader loader;

	@Test
	void everyChapterIsThereInOrderWithItsHeadingAndAnEntryInTheContents() {
		String html = Reports.html(Reports.acme(loader));
		int previous = -1;
		for (Chapter chapter : Chapter.all()) {
			String start = "<section class=\"chapter\" id=\"" + chapter.id() + "\">\n<h2>" + chapter.heading() + "</h2>";
			int at = html.indexOf(start);
			assertTrue(at > previous, "chapter " + chapter.id() + " missing or out of order");
			previous = at;
			assertTrue(html.contains("<a href=\"#" + chapter.id() + "\">"), "contents entry of " + chapter.id());
		}
		assertEquals(Chapter.all().size(), count(html, "<section class=\"chapter\""));
		// Sub-sections the brief names: the numbers behind each chapter.
		for (String id : List.of("biggest-shift", "scorecard", "alignment", "strategy", "structure", "funnels", "capacity",
				"behaviors", "rituals", "kpis", "pay-at-target", "payout-curves", "simulation")) {
			assertTrue(html.contains("<h3 id=\"" + id + "\">"), "sub-section " + id);
		}
	}

	@Test
	void everyElementOfAcmeIsNamedOutsideTheAppendix() {
		ReportInput input = Reports.acme(loader);
		String html = Reports.html(input);
		String body = Reports.visibleText(html.substring(0, html.indexOf("<section class=\"chapter\" id=\"appendix\">")));
		List<String> missing = new ArrayList<>();
		int elements = 0;
		for (Engine fragment : input.engine().fragments()) {
			for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
				if (it.next() instanceof NamedElement named && named.getName() != null) {
					elements++;
					if (!Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(named.getName()) + "(?![A-Za-z0-9_])").matcher(body).find()) {
						missing.add(named.eClass().getName() + " " + named.getName());
					}
				}
			}
		}
		// acme: 2 objectives, 2 segments, 4 roles, 2 teams, 2 processes with 6 stages and 4 outcomes, 2 behaviors,
		// 3 rituals, 10 KPIs, 3 plans, 1 SPIF.
		assertEquals(41, elements);
		assertEquals(List.of(), missing);
	}

	@Test
	void theReportReferencesNothingOutsideItselfAndRunsNothing() {
		for (ReportInput input : List.of(Reports.acme(loader), Reports.broken(loader), Reports.xss(loader))) {
			String html = Reports.html(input);
			assertFalse(html.contains("http:") || html.contains("https:") || html.contains("ftp:"), "a URL in " + input.engine().name());
			// A tag with an src attribute: text can hold "src=" (the XSS engine's names do), escaped, but never a "<".
			assertFalse(Pattern.compile("<[^>]*\\ssrc=").matcher(html).find(), "an src attribute in " + input.engine().name());
			assertFalse(html.contains("<script"), "a script in " + input.engine().name());
			assertFalse(html.contains("<link") || html.contains("@import") || html.contains("url("), "a style sheet or font fetched");
			Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
			int links = 0;
			while (href.find()) {
				links++;
				String target = href.group(1);
				assertTrue(target.startsWith("#") && html.contains("id=\"" + target.substring(1) + "\""), "link " + target);
			}
			assertTrue(links >= Chapter.all().size(), "the contents link to every chapter");
			assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
		}
	}

	@Test
	void everySvgIsInlineWithoutNamespaceAndScaledToFitOnePage() {
		String html = Reports.html(Reports.acme(loader));
		// engine map, pipeline, waterfall, KPI tree, 5 payout curves (AEPlan 2, SDRPlan 1, AMPlan 2), the histogram.
		assertEquals(10, count(html, "<svg "));
		assertFalse(html.contains("<?xml"));
		Matcher svg = Pattern.compile("<svg ([^>]*)>").matcher(html);
		while (svg.find()) {
			String attributes = svg.group(1);
			String[] box = Reports.attribute(attributes, "viewBox").split(" ");
			double width = Double.parseDouble(box[2]);
			double height = Double.parseDouble(box[3]);
			// At most the column, its own width, and 21 cm tall: the width that keeps the height to 21 cm is 21 × w ÷ h.
			String expected = String.format(java.util.Locale.ROOT, "width:min(100%%, %.1fpx, %.2fcm)", width, 21 * width / height);
			assertEquals(expected, Reports.attribute(attributes, "style"));
			assertTrue(attributes.contains("role=\"img\" aria-label=\""));
		}
		assertTrue(html.contains("figure{margin:12px 0 18px;break-inside:avoid"));
		assertTrue(html.contains("@page{size:auto;margin:1.5cm}"));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}
}
