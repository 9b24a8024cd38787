package org.salesengine.report.tests;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.report.EngineReport;
import org.salesengine.report.ReportInput;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.Engines;
import org.salesengine.testing.TestFiles;

/** The engines the report tests read, and ways to take a written report apart. */
final class Reports {
	static final String REPORT_TESTS = "org.salesengine.report.tests";
	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private Reports() {
	}

	static ReportInput input(EngineLoader loader, Path file) {
		LoadedEngines loaded = Engines.load(loader, file);
		return ReportInput.of(loaded, loaded.engines().get(0));
	}

	static ReportInput acme(EngineLoader loader) {
		return input(loader, TestFiles.example("acme.sales"));
	}

	static ReportInput broken(EngineLoader loader) {
		return input(loader, TestFiles.example("broken.sales"));
	}

	static ReportInput xss(EngineLoader loader) {
		return input(loader, TestFiles.fixture(REPORT_TESTS, "xss.sales"));
	}

	static String html(ReportInput input) {
		return EngineReport.html(input);
	}

	/** The markup of one chapter: from its section's start tag to the next section's. */
	static String chapter(String html, Chapter chapter) {
		String start = "<section class=\"chapter\" id=\"" + chapter.id() + "\">";
		int from = html.indexOf(start);
		if (from < 0) {
			throw new AssertionError("no chapter " + chapter.id());
		}
		int to = html.indexOf("<section class=\"chapter\"", from + start.length());
		return html.substring(from, to < 0 ? html.length() : to);
	}

	/** The text a reader sees: tags removed, the five entities HTML escaping writes turned back into characters. */
	static String visibleText(String html) {
		String text = TAG.matcher(html).replaceAll(" ");
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
	}

	/** The attributes of the first element matching the start of a tag, e.g. {@code <g id="X"}, then its next {@code <ellipse}. */
	static String attribute(String markup, String name) {
		Matcher matcher = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(markup);
		if (!matcher.find()) {
			throw new AssertionError("no attribute " + name + " in " + markup);
		}
		return matcher.group(1);
	}

	/** The markup after the first occurrence of {@code marker}, up to {@code length} characters. */
	static String after(String html, String marker, int length) {
		int at = html.indexOf(marker);
		if (at < 0) {
			throw new AssertionError("not found: " + marker);
		}
		return html.substring(at, Math.min(html.length(), at + length));
	}
}
