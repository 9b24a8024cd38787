package org.salesengine.report.sections;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.ScoredFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.report.ReportInput;
import org.salesengine.report.advice.FixAdvice;
import org.salesengine.report.html.Html;

/**
 * Chapter 6: every finding, grouped by the pillar it counts against (weakest pillar first), each with its place and
 * the line of text it is about, the rule's rationale from the catalogue, and what to change.
 */
public final class FindingsSection {
	private FindingsSection() {
	}

	public static String pillarId(HealthPillar pillar) {
		return "findings-" + pillar.id();
	}

	public static void write(Html out, ReportInput input) {
		Map<String, List<String>> lines = new HashMap<>();
		for (LoadedEngines.SourceFile file : input.files()) {
			lines.put(file.path().toString(), SourceText.of(file).lines().toList());
		}
		long total = input.analysis().health().pillars().stream().mapToLong(p -> p.findings().size()).sum();
		out.paragraph(total == 0 ? "The validator finds nothing to report: every rule of the catalogue holds."
				: total + (total == 1 ? " finding" : " findings") + ", as 'salesengine check' reports them, grouped by the pillar "
						+ "each counts against.");
		for (PillarHealth pillar : input.analysis().health().pillars()) {
			out.heading(3, pillarId(pillar.pillar()), pillar.pillar().label() + ": " + count(pillar));
			for (ScoredFinding scored : pillar.findings()) {
				finding(out, scored.finding(), lines);
			}
		}
	}

	private static String count(PillarHealth pillar) {
		if (pillar.findings().isEmpty()) {
			return "no findings";
		}
		return pillar.errors() + (pillar.errors() == 1 ? " error, " : " errors, ") + pillar.warnings()
				+ (pillar.warnings() == 1 ? " warning" : " warnings") + (pillar.infos() == 0 ? "" : ", " + pillar.infos() + " info");
	}

	private static void finding(Html out, Finding finding, Map<String, List<String>> lines) {
		String severity = finding.severityLabel();
		out.raw("<div class=\"finding ").text(severity).raw("\" data-code=\"").text(finding.code()).raw("\">\n");
		out.raw("<p class=\"message\"><span class=\"badge ").text(severity).raw("\">").text(severity).raw("</span>")
				.text(finding.message()).raw(" <code>").text(finding.code()).raw("</code></p>\n");
		String place = Path.of(finding.file()).getFileName() + ":" + finding.line() + ":" + finding.column();
		out.element("p", "muted", place + (finding.element().isEmpty() ? "" : " · " + finding.element()));
		List<String> text = lines.get(finding.file());
		if (text != null && finding.line() >= 1 && finding.line() <= text.size()) {
			out.element("pre", "line", finding.line() + " | " + text.get(finding.line() - 1).strip());
		}
		Rule rule = Rule.byCode(finding.code());
		if (rule != null) {
			out.raw("<p class=\"why\"><strong>Why it matters:</strong> ").text(rule.rationale()).raw("</p>\n");
		}
		FixAdvice.of(finding.code()).ifPresent(advice -> out.raw("<p class=\"fix\"><strong>How to fix:</strong> ").text(advice)
				.raw("</p>\n"));
		out.raw("</div>\n");
	}
}
