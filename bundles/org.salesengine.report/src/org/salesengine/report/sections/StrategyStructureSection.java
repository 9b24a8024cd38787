package org.salesengine.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.funnel.FunnelVolumes;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.model.Objective;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Team;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;

/**
 * Chapter 3: the strategy (target, objectives, segments), the structure that carries it (roles, teams, processes),
 * the funnel back-solve as the pipeline diagram and a table per process, and the capacity: the street quota's
 * waterfall, the roles, the quarters and when each funnel must be entered ({@link CapacityPart}).
 */
public final class StrategyStructureSection {
	private StrategyStructureSection() {
	}

	public static void write(Html out, ReportInput input) {
		strategy(out, input);
		structure(out, input.engine());
		FunnelPart.write(out, input);
		CapacityPart.write(out, input);
	}

	private static void strategy(Html out, ReportInput input) {
		WholeEngine engine = input.engine();
		AnalysisResult result = input.analysis();
		out.heading(3, "strategy", "Strategy");
		List<String> facts = new ArrayList<>();
		facts.add("Currency " + Names.orDash(engine.currency()) + ", period " + Names.orDash(engine.periodStart()) + " to "
				+ Names.orDash(engine.periodEnd()) + ".");
		facts.add(result.revenueTarget() == null ? "No revenue target." : "Revenue target " + Amounts.brief(result.revenueTarget()) + ".");
		out.paragraph(String.join(" ", facts));
		HtmlTable objectives = new HtmlTable("Objectives, by priority", "objective", "priority", "supported by KPIs", "description")
				.numeric(1);
		engine.objectives().stream().sorted(java.util.Comparator.comparing(
				(Objective o) -> o.getPriority() == null ? Integer.MAX_VALUE : o.getPriority())).forEach(objective -> objectives.row(
						Names.described(objective), objective.getPriority() == null ? "-" : String.valueOf(objective.getPriority()),
						Names.list(engine.kpisSupporting(objective)), Names.orDash(objective.getDescription())));
		writeOrSay(out, objectives, "The engine declares no objective.");
		HtmlTable segments = new HtmlTable("Segments", "segment", "covered by teams");
		for (Segment segment : engine.segments()) {
			segments.row(Names.described(segment), Names.list(engine.teamsCovering(segment)));
		}
		writeOrSay(out, segments, "The engine declares no segment.");
	}

	private static void structure(Html out, WholeEngine engine) {
		out.heading(3, "structure", "Structure and processes");
		HtmlTable roles = new HtmlTable("Roles", "role", "heads", "carries quota", "ramp", "hires", "attrition", "reports to")
				.numeric(1);
		for (Role role : engine.roles()) {
			String ramp = Values.duration(role.getRamp());
			if (!role.getRampSchedule().isEmpty()) {
				ramp = role.getRampSchedule().stream().map(Values::percent).reduce((a, b) -> a + ", " + b).orElse("") + " by "
						+ (role.getRampBasis() == null ? "month" : role.getRampBasis().getLiteral());
			}
			String hires = role.getHires().stream().map(h -> h.getCount() + " on " + h.getDate()).reduce((a, b) -> a + ", " + b)
					.orElse("-");
			roles.row(Names.described(role), role.getHeadcount() == null ? "-" : String.valueOf(role.getHeadcount()),
					role.isCarriesQuota() ? "yes" : "no", Names.orDash(ramp), hires,
					role.getAttrition() == null ? "-" : Values.percent(role.getAttrition()) + " a year",
					role.getReportsTo() == null ? "-" : Names.of(role.getReportsTo()));
		}
		writeOrSay(out, roles, "The engine declares no role.");
		HtmlTable teams = new HtmlTable("Teams", "team", "lead", "members", "covers");
		for (Team team : engine.teams()) {
			teams.row(Names.described(team), team.getLead() == null ? "-" : Names.of(team.getLead()), Names.list(team.getMembers()),
					Names.list(team.getCovers()));
		}
		writeOrSay(out, teams, "The engine declares no team.");
		HtmlTable processes = new HtmlTable("Processes", "process", "for segments", "produces", "average deal", "stages",
				"won", "lost").numeric(3);
		for (SalesProcess process : engine.processes()) {
			processes.row(Names.described(process), Names.list(process.getSegments()),
					process.getProduces() == null ? "-" : Names.of(process.getProduces()),
					process.getAverageDeal() == null ? "-" : Values.amount(process.getAverageDeal()), Names.list(process.getStages()),
					process.getWon() == null ? "-" : Names.of(process.getWon()),
					process.getLost() == null ? "-" : Names.of(process.getLost()));
		}
		writeOrSay(out, processes, "The engine declares no sales process.");
	}

	static void writeOrSay(Html out, HtmlTable table, String none) {
		if (table.isEmpty()) {
			out.element("p", "muted", none);
		} else {
			table.write(out);
		}
	}

	/** The pipeline diagram with each stage's back-solved volume. */
	static void pipeline(Html out, ReportInput input) {
		StageVolumes volumes = StageVolumes.of(FunnelVolumes.atStageEntry(input.analysis()));
		String svg = SvgWriter.write(Diagrams.buildPinned(DiagramKind.PIPELINE, input.engine(), input.findings(), volumes));
		Figures.write(out, svg, "sales pipeline of " + input.title(),
				"The sales pipeline: each process's stages with their owners, conversions and the deals that must enter each stage.");
	}

	static String local(String id) {
		return ElementNames.local(id);
	}
}
