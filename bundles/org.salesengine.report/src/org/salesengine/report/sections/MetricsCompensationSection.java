package org.salesengine.report.sections;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.model.Kpi;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.ReportInput;
import org.salesengine.report.charts.HistogramChart;
import org.salesengine.report.charts.PayoutChart;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;

/**
 * Chapter 5: the KPI tree and the KPIs, pay at target with the cost of sales, every measure's payout curve as a chart,
 * and the simulated distribution of a year's variable pay with its P10, P50 and P90.
 */
public final class MetricsCompensationSection {
	private MetricsCompensationSection() {
	}

	public static void write(Html out, ReportInput input) {
		kpis(out, input);
		payAtTarget(out, input.analysis());
		payoutCurves(out, input.analysis());
		simulation(out, input.analysis());
	}

	private static void kpis(Html out, ReportInput input) {
		WholeEngine engine = input.engine();
		out.heading(3, "kpis", "The KPI tree");
		String svg = SvgWriter.write(Diagrams.buildPinned(DiagramKind.KPIS, input.engine(), input.findings(), StageVolumes.NONE));
		Figures.write(out, svg, "KPI tree of " + input.title(), "The KPI tree: formulas, the objectives each KPI supports, leading and lagging.");
		HtmlTable table = new HtmlTable("KPIs", "KPI", "unit", "signal", "target", "supports", "owner", "reviewed in", "paid by")
				.numeric(3);
		for (Kpi kpi : engine.kpis()) {
			table.row(Names.described(kpi), kpi.isSetUnit() ? kpi.getUnit().getLiteral() : "-",
					kpi.isSetSignal() ? kpi.getSignal().getLiteral() : "-", Names.orDash(Values.target(kpi)),
					Names.list(kpi.getSupports()), kpi.getOwner() == null ? "-" : Names.of(kpi.getOwner()),
					Names.list(engine.ritualsReviewing(kpi)),
					engine.measuresOn(kpi).stream().map(m -> m.eContainer() instanceof org.salesengine.model.Plan plan ? Names.of(plan) : "-")
							.distinct().reduce((a, b) -> a + ", " + b).orElse("-"));
		}
		StrategyStructureSection.writeOrSay(out, table, "The engine declares no KPI.");
	}

	private static void payAtTarget(Html out, AnalysisResult result) {
		PayAtTarget pay = result.pay();
		out.heading(3, "pay-at-target", "Pay at target");
		if (pay.plans().isEmpty()) {
			out.element("p", "muted", "The engine declares no plan.");
			return;
		}
		HtmlTable table = new HtmlTable("Every rep at 100% on every measure", "plan", "role", "heads", "OTE", "base", "incentive",
				"team OTE", "team incentive").numeric(2, 3, 4, 5, 6, 7);
		for (PlanPay plan : pay.plans()) {
			table.row(ElementNames.local(plan.plan()), Names.orDash(plan.role()),
					plan.headcount() == null ? "-" : String.valueOf(plan.headcount()), Amounts.brief(plan.onTargetEarnings()),
					money(plan.base()), money(plan.targetIncentive()), money(plan.teamOnTargetEarnings()),
					money(plan.teamTargetIncentive()));
		}
		table.total("total", "", String.valueOf(pay.headcount()), "", "", "", Amounts.brief(pay.totalOnTargetEarnings()),
				Amounts.brief(pay.totalTargetIncentive()));
		table.write(out);
		if (pay.costOfSales() != null) {
			out.paragraph("Cost of sales " + Amounts.percent(pay.costOfSales()) + ": " + Amounts.brief(pay.totalOnTargetEarnings())
					+ " OTE at target on the " + Amounts.brief(result.revenueTarget()) + " revenue target (usual band "
					+ Amounts.percent(pay.bandLow()) + " to " + Amounts.percent(pay.bandHigh()) + ", " + pay.bandOrigin() + ").");
		}
	}

	private static void payoutCurves(Html out, AnalysisResult result) {
		out.heading(3, "payout-curves", "Payout curves");
		out.paragraph("What each measure pays, as a share of its target incentive, for an attainment: nothing below the "
				+ "threshold, one for one up to the accelerator's knee, faster above it, never more than the cap.");
		boolean any = false;
		for (PlanPay plan : result.pay().plans()) {
			if (plan.measures().isEmpty()) {
				continue;
			}
			any = true;
			out.heading(4, null, "Plan " + ElementNames.local(plan.plan()) + (plan.role() == null ? "" : " for " + plan.role()));
			out.open("div", "charts");
			for (MeasurePay measure : plan.measures()) {
				String title = measure.kpi() + " (" + Amounts.percent(measure.weight()) + " of the incentive, "
						+ Amounts.brief(measure.targetIncentive()) + " at target)";
				Figures.write(out, new PayoutChart(measure, title), "payout curve of " + measure.kpi() + " in plan "
						+ ElementNames.local(plan.plan()), title);
			}
			out.close("div");
		}
		if (!any) {
			out.element("p", "muted", "No plan has a known target incentive, so no curve can be priced.");
		}
	}

	private static void simulation(Html out, AnalysisResult result) {
		out.heading(3, "simulation", "Simulated payouts");
		SimulationResult simulation = result.simulation();
		if (simulation == null) {
			out.element("p", "muted", "No plan can be simulated: none has a headcount and measures with a target incentive.");
			return;
		}
		out.paragraph(String.format(java.util.Locale.ROOT, "%,d simulated years of the whole sales force (%,d rep-years), "
				+ "attainment %s, measures independent, seed %d: the same engine always gives the same figures.",
				simulation.settings().years(), simulation.repYears(), simulation.settings().distribution().describe(),
				simulation.settings().seed()));
		Figures.write(out, new HistogramChart(simulation), "distribution of simulated variable pay",
				"Total variable pay in a year: P10 " + Amounts.brief(simulation.p10()) + ", P50 " + Amounts.brief(simulation.p50())
						+ ", P90 " + Amounts.brief(simulation.p90()) + " against " + Amounts.brief(simulation.targetCost())
						+ " at target; 8 years in 10 fall between P10 and P90.");
		HtmlTable table = new HtmlTable("Per plan, for the whole team", "plan", "heads", "at target", "expected", "P10", "P50",
				"P90", "reps at 100% or more", "below a threshold").numeric(1, 2, 3, 4, 5, 6, 7, 8);
		for (PlanSimulation plan : simulation.plans()) {
			table.row(ElementNames.local(plan.plan()), String.valueOf(plan.headcount()), Amounts.brief(plan.targetCost()),
					Amounts.brief(plan.expectedCost()), Amounts.brief(plan.p10()), Amounts.brief(plan.p50()),
					Amounts.brief(plan.p90()), Amounts.percent(plan.shareAtOrAbove100()), Amounts.percent(plan.shareBelowThreshold()));
		}
		table.total("total", String.valueOf(simulation.plans().stream().mapToInt(PlanSimulation::headcount).sum()),
				Amounts.brief(simulation.targetCost()), Amounts.brief(simulation.expectedCost()), Amounts.brief(simulation.p10()),
				Amounts.brief(simulation.p50()), Amounts.brief(simulation.p90()), Amounts.percent(simulation.shareAtOrAbove100()),
				Amounts.percent(simulation.shareBelowThreshold()));
		table.write(out);
	}

	static String money(Double value) {
		return value == null ? "-" : Amounts.brief(value);
	}
}
