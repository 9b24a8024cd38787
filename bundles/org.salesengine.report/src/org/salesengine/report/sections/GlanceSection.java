package org.salesengine.report.sections;

import java.util.List;

import org.salesengine.analysis.health.BiggestShift;
import org.salesengine.analysis.health.Health;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.ScoredFinding;
import org.salesengine.report.ReportInput;
import org.salesengine.report.advice.Maturity;
import org.salesengine.report.html.Html;

/**
 * Chapter 1: the biggest shift with its reasons, then the scorecard of the four pillars (score, maturity level, the
 * findings counted against each and the top ones in plain words), the maturity cell shaded like a heat map.
 */
public final class GlanceSection {
	/** How many findings the scorecard names per pillar; chapter 6 lists them all. */
	static final int TOP_FINDINGS = 3;

	private GlanceSection() {
	}

	public static void write(Html out, ReportInput input) {
		Health health = input.analysis().health();
		BiggestShift shift = health.biggestShift();
		out.heading(3, "biggest-shift", "The biggest shift");
		out.open("div", "shift").element("p", "headline", shift.headline()).list(shift.reasons()).close("div");

		out.heading(3, "scorecard", "Scorecard of the four pillars");
		out.paragraph("Each pillar scores 100 when nothing counts against it; an error costs 20 points of penalty, a warning 5, "
				+ "doubled when it touches the priority-1 objective (score = 100 × 100 ÷ (100 + penalty)). The maturity level "
				+ "follows from the score: 90 and above is 4 aligned, 70 to 89 is 3 defined, 50 to 69 is 2 emerging, below "
				+ "50 is 1 ad hoc.");
		out.raw("<table class=\"scorecard\">\n<thead><tr><th>pillar</th><th class=\"num\">score</th><th>maturity</th>"
				+ "<th class=\"num\">errors</th><th class=\"num\">warnings</th><th>top findings</th></tr></thead>\n<tbody>\n");
		for (PillarHealth pillar : health.pillars()) {
			Maturity maturity = Maturity.of(pillar.score());
			out.raw("<tr>").element("th", null, pillar.pillar().label());
			out.element("td", "num", String.valueOf(pillar.score()));
			out.element("td", "level-" + maturity.level(), maturity.title());
			out.element("td", "num", String.valueOf(pillar.errors()));
			out.element("td", "num", String.valueOf(pillar.warnings()));
			out.raw("<td>");
			List<String> top = pillar.findings().stream().limit(TOP_FINDINGS).map(GlanceSection::plainWords).toList();
			if (top.isEmpty()) {
				out.text("nothing counts against it");
			} else {
				out.list(top);
				int more = pillar.findings().size() - top.size();
				if (more > 0) {
					out.raw("<span class=\"muted\">").text("and " + more + " more in ").anchorLink(FindingsSection.pillarId(pillar.pillar()),
							"chapter 6").raw("</span>");
				}
			}
			out.raw("</td></tr>\n");
		}
		out.raw("</tbody>\n</table>\n");
	}

	/** A finding as a sentence for a client: its message, with its severity in front. */
	static String plainWords(ScoredFinding scored) {
		String message = scored.finding().message();
		return scored.finding().severityLabel() + ": " + (message.isEmpty() ? message
				: Character.toUpperCase(message.charAt(0)) + message.substring(1));
	}
}
