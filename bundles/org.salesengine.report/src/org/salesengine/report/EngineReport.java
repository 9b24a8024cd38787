package org.salesengine.report;

import java.util.List;
import java.util.function.Consumer;

import org.salesengine.model.engine.Amounts;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.Page;
import org.salesengine.report.plan.PlanDocument;
import org.salesengine.report.sections.AppendixSection;
import org.salesengine.report.sections.Chapter;
import org.salesengine.report.sections.ConnectionsSection;
import org.salesengine.report.sections.CultureSection;
import org.salesengine.report.sections.FindingsSection;
import org.salesengine.report.sections.GlanceSection;
import org.salesengine.report.sections.MetricsCompensationSection;
import org.salesengine.report.sections.StrategyStructureSection;
import org.salesengine.report.sections.Names;

/**
 * The consultant's deliverable for one engine: a single HTML page with everything inline (styles, SVG pictures), no
 * script and no reference outside the file, so it opens offline from an e-mail attachment and prints on A4 or Letter.
 * Its chapters are the {@link Chapter}s, in order; the plan documents come last.
 */
public final class EngineReport {
	private EngineReport() {
	}

	public static String html(ReportInput input) {
		return html(input, chapter -> {
		});
	}

	/** @param progress told each chapter before it is written, for a progress bar */
	public static String html(ReportInput input, Consumer<Chapter> progress) {
		Html out = new Html();
		cover(out, input);
		for (Chapter chapter : Chapter.all()) {
			progress.accept(chapter);
			out.raw("<section class=\"chapter\" id=\"").text(chapter.id()).raw("\">\n");
			out.heading(2, null, chapter.heading());
			switch (chapter) {
				case GLANCE -> GlanceSection.write(out, input);
				case CONNECTIONS -> ConnectionsSection.write(out, input);
				case STRATEGY_STRUCTURE -> StrategyStructureSection.write(out, input);
				case CULTURE -> CultureSection.write(out, input);
				case METRICS_COMPENSATION -> MetricsCompensationSection.write(out, input);
				case FINDINGS -> FindingsSection.write(out, input);
				case APPENDIX -> AppendixSection.write(out, input);
				case PLANS -> plans(out, input);
			}
			out.raw("</section>\n");
		}
		return Page.of(input.title() + ": sales engine report", out.toString());
	}

	private static void cover(Html out, ReportInput input) {
		var engine = input.engine();
		out.raw("<header class=\"cover\">\n");
		out.heading(1, null, input.title());
		String target = input.analysis().revenueTarget() == null ? "no revenue target"
				: "revenue target " + Amounts.brief(input.analysis().revenueTarget()) + " " + Names.orDash(engine.currency());
		out.element("p", "subtitle", "Sales engine report · engine " + engine.name() + " · " + Names.orDash(engine.periodStart())
				+ " to " + Names.orDash(engine.periodEnd()) + " · " + target);
		long errors = input.findings().stream().filter(f -> f.isError()).count();
		long warnings = input.findings().stream().filter(f -> f.severityLabel().equals("warning")).count();
		out.element("p", "subtitle", "Checked by salesengine: " + (errors + warnings == 0 ? "no problems"
				: errors + (errors == 1 ? " error" : " errors") + " and " + warnings + (warnings == 1 ? " warning" : " warnings")) + ".");
		out.raw("</header>\n<nav class=\"toc\"><strong>Contents</strong><ol>\n");
		for (Chapter chapter : Chapter.all()) {
			out.raw("<li>").anchorLink(chapter.id(), chapter.heading().replaceFirst("^\\d+\\. ", "")).raw("</li>\n");
		}
		out.raw("</ol></nav>\n");
	}

	private static void plans(Html out, ReportInput input) {
		List<PlanDocument> documents = PlanDocument.of(input.engine(), input.analysis());
		if (documents.isEmpty()) {
			out.element("p", "muted", "The engine declares no plan.");
			return;
		}
		out.paragraph("One document per plan, as 'salesengine plan-docs' writes them: what a rep of the role signs.");
		for (PlanDocument document : documents) {
			document.write(out, 3, input.title());
		}
	}
}
