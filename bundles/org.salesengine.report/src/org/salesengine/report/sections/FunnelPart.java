package org.salesengine.report.sections;

import java.util.List;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.model.engine.Amounts;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;

/** The funnel back-solve: the pipeline diagram, one table per sized process, and the levers that buy the most. */
final class FunnelPart {
	static final int LEVERS = 5;

	private FunnelPart() {
	}

	static void write(Html out, ReportInput input) {
		out.heading(3, "funnels", "Funnels, back-solved from the targets");
		out.paragraph("Each process is sized from the target of the KPI it produces: deals needed = target ÷ average deal, "
				+ "then backwards through the stages, entries = exits ÷ conversion. A month counts 30 days.");
		StrategyStructureSection.pipeline(out, input);
		for (Funnel funnel : input.analysis().funnels()) {
			String process = ElementNames.last(funnel.process());
			String deals = funnel.averageDeal() == null
					? funnel.kpi() + " " + Amounts.volume(funnel.kpiTarget()) + " deals"
					: funnel.kpi() + " " + Amounts.brief(funnel.kpiTarget()) + " ÷ " + Amounts.brief(funnel.averageDeal())
							+ " average deal = " + Amounts.volume(funnel.dealsNeeded()) + " deals";
			out.heading(4, null, "Process " + process);
			out.paragraph(deals + "; win rate " + Amounts.percent(funnel.winRate()) + (funnel.cycleDays() == null ? ""
					: ", cycle " + funnel.cycleDays() + " days") + "; " + Amounts.volume(funnel.neededAtTop())
					+ " must enter the first stage.");
			HtmlTable table = new HtmlTable(null, "stage", "owner", "conversion", "enter", "leave", "days").numeric(2, 3, 4, 5);
			for (StageNeed stage : funnel.stages()) {
				table.row(ElementNames.last(stage.stage()), Names.orDash(stage.owner()), Amounts.percent(stage.conversion()),
						Amounts.volume(stage.neededAtEntry()), Amounts.volume(stage.neededAtExit()),
						stage.durationDays() == null ? "-" : String.valueOf(stage.durationDays()));
			}
			table.write(out);
		}
		notSized(out, input);
		List<FunnelLever> levers = input.analysis().levers().stream().limit(LEVERS).toList();
		if (!levers.isEmpty()) {
			HtmlTable table = new HtmlTable("Levers: +5 points of conversion at one stage, the others unchanged", "stage",
					"process", "coach", "conversion", "extra deals", "extra bookings").numeric(4, 5);
			for (FunnelLever lever : levers) {
				table.row(ElementNames.last(lever.stage()), ElementNames.last(lever.process()), Names.orDash(lever.owner()),
						Amounts.percent(lever.conversion()) + " → " + Amounts.percent(lever.raisedConversion()),
						Amounts.volume(lever.extraDeals()),
						lever.extraBookings() == null ? "-" : Amounts.brief(lever.extraBookings()) + " " + lever.kpi());
			}
			table.write(out);
		}
	}

	private static void notSized(Html out, ReportInput input) {
		List<String> notes = input.analysis().notes().stream().filter(n -> n.topic() == AnalysisNote.Topic.FUNNEL)
				.map(AnalysisNote::reason).toList();
		if (!notes.isEmpty()) {
			out.element("p", "muted", "Not sized:");
			out.list(notes);
		}
	}
}
