package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.KpiQuota;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.model.engine.Amounts;

/** The funnel and capacity sections of the text report. */
final class FunnelText {
	private FunnelText() {
	}

	static void funnels(AnalysisResult result, PrintWriter out) {
		if (result.funnels().isEmpty()) {
			out.println("Funnels: none could be sized (see Not computed below).");
			out.println();
			return;
		}
		out.println("Funnels, back-solved from the target (a month counts 30 days)");
		for (Funnel funnel : result.funnels()) {
			String deals = funnel.averageDeal() == null
					? funnel.kpi() + " target " + Amounts.volume(funnel.kpiTarget()) + " = " + Amounts.volume(funnel.dealsNeeded()) + " deals"
					: funnel.kpi() + " " + Amounts.brief(funnel.kpiTarget()) + " ÷ " + Amounts.brief(funnel.averageDeal())
							+ " average deal = " + Amounts.volume(funnel.dealsNeeded()) + " deals";
			String cycle = funnel.cycleDays() == null ? "cycle unknown" : "cycle " + funnel.cycleDays() + " days";
			out.println("  " + Labels.local(funnel.process()) + ": " + deals + "; win rate " + Amounts.percent(funnel.winRate())
					+ ", " + cycle);
			TextTable table = new TextTable("    ", "stage", "owner", "conversion", "enter", "leave", "days").left(1);
			for (StageNeed stage : funnel.stages()) {
				table.row(Labels.local(stage.stage()), stage.owner() == null ? "-" : stage.owner(), Amounts.percent(stage.conversion()),
						Amounts.volume(stage.neededAtEntry()), Amounts.volume(stage.neededAtExit()),
						stage.durationDays() == null ? "-" : String.valueOf(stage.durationDays()));
			}
			table.print(out);
		}
		out.println();
	}

	static void levers(AnalysisResult result, PrintWriter out) {
		if (result.levers().isEmpty()) {
			return;
		}
		out.println("Funnel levers: +5 points of conversion at one stage, the others unchanged, same volume in");
		TextTable table = new TextTable("  ", "stage", "owner", "conversion", "extra deals", "extra bookings", "of").left(1).left(5);
		for (FunnelLever lever : result.levers()) {
			table.row(Labels.local(lever.stage()) + " of " + Labels.local(lever.process()),
					lever.owner() == null ? "-" : lever.owner(), Amounts.percent(lever.conversion()) + " → " + Amounts.percent(lever.raisedConversion()),
					Amounts.volume(lever.extraDeals()),
					lever.extraBookings() == null ? "-" : Amounts.brief(lever.extraBookings()), lever.kpi());
		}
		table.print(out);
		out.println();
	}

	static void capacity(AnalysisResult result, PrintWriter out) {
		Capacity capacity = result.capacity();
		if (capacity.streetQuotaShares().isEmpty() && capacity.kpis().isEmpty() && capacity.activities().isEmpty()
				&& capacity.quarters().isEmpty()) {
			return;
		}
		out.println("Capacity");
		if (!capacity.streetQuotaShares().isEmpty()) {
			String parts = capacity.streetQuotaShares().stream()
					.map(s -> Labels.local(s.plan()) + " " + Amounts.brief(s.quota()) + " × " + s.headcount())
					.collect(Collectors.joining(" + "));
			String against = capacity.overAssignment() == null ? ""
					: ": " + Amounts.percent(capacity.overAssignment()) + " of the " + Amounts.brief(capacity.revenueTarget())
							+ " revenue target";
			out.println("  Street quota " + Amounts.brief(capacity.streetQuota()) + " (" + parts + ")" + against);
		}
		CapacityText.waterfall(capacity, out);
		CapacityText.quarters(capacity, out);
		CapacityText.timings(capacity, out);
		if (!capacity.kpis().isEmpty()) {
			TextTable table = new TextTable("  ", "KPI", "target", "quota × headcount", "coverage", "credit").left(4);
			for (KpiQuota kpi : capacity.kpis()) {
				boolean money = kpi.unit().equals("currency");
				table.row(Labels.local(kpi.kpi()), money ? Amounts.brief(kpi.target()) : Amounts.volume(kpi.target()),
						money ? Amounts.brief(kpi.assigned()) : Amounts.volume(kpi.assigned()), Amounts.percent(kpi.coverage()),
						kpi.individual() ? "individual" : "overlay or pooled, the largest");
			}
			table.print(out);
		}
		if (!capacity.activities().isEmpty()) {
			out.println("  Activity against the funnel:");
			capacity.activities().forEach(a -> out.println("  - " + a.comparison()));
		}
		CapacityText.territories(result.territories(), out);
		out.println();
	}
}
