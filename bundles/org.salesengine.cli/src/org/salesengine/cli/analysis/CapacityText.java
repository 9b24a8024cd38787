package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.TerritoryCapacity;
import org.salesengine.analysis.capacity.EntryTiming;
import org.salesengine.analysis.capacity.QuarterCapacity;
import org.salesengine.analysis.capacity.RoleCapacity;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CapacityWaterfall;

/** The capacity model in the text report: the waterfall per role, quarters against effective capacity, entry timing. */
final class CapacityText {
	private CapacityText() {
	}

	static void waterfall(Capacity capacity, PrintWriter out) {
		if (capacity.waterfall() == null || capacity.roles().isEmpty()) {
			return;
		}
		CapacityWaterfall total = capacity.waterfall();
		String against = capacity.revenueTarget() == null ? ""
				: ": " + Amounts.percent(total.effective() / capacity.revenueTarget()) + " of the revenue target";
		out.println("  Effective street quota " + Amounts.brief(total.effective()) + against
				+ " (hires sell from their first month at the ramp, heads leave at the attrition; heads there at the start"
				+ " are fully ramped)");
		for (RoleCapacity role : capacity.roles()) {
			out.println("    " + role.role() + ": " + role.headcount() + " heads at the start, " + role.hires() + " hired, attrition "
					+ (role.attrition() == 0 ? "none" : Amounts.percent(role.attrition()) + " a year") + ", ramp "
					+ (role.ramp() == null ? "none" : role.ramp()));
		}
		List<String> header = new ArrayList<>(List.of("step"));
		capacity.roles().forEach(r -> header.add(r.role()));
		header.add("total");
		TextTable table = new TextTable("    ", header.toArray(String[]::new));
		row(table, "nominal", capacity, CapacityWaterfall::nominal);
		Map<String, Double> steps = total.steps();
		for (String step : steps.keySet()) {
			row(table, "− " + step, capacity, w -> w.steps().get(step));
		}
		row(table, "= effective", capacity, CapacityWaterfall::effective);
		table.print(out);
	}

	private static void row(TextTable table, String label, Capacity capacity, Function<CapacityWaterfall, Double> figure) {
		List<String> cells = new ArrayList<>(List.of(label));
		capacity.roles().forEach(r -> cells.add(Amounts.brief(figure.apply(r.waterfall()))));
		cells.add(Amounts.brief(figure.apply(capacity.waterfall())));
		table.row(cells.toArray(String[]::new));
	}

	static void quarters(Capacity capacity, PrintWriter out) {
		if (capacity.quarters().isEmpty()) {
			return;
		}
		out.println("  Quarters (" + (capacity.seasonal() ? "the engine's seasonality" : "flat: no seasonality") + ")");
		TextTable table = new TextTable("    ", "quarter", "from", "share", "target", "effective capacity", "coverage").left(1);
		for (QuarterCapacity quarter : capacity.quarters()) {
			table.row("Q" + quarter.quarter(), quarter.firstMonth(), Amounts.percent(quarter.share()),
					quarter.target() == null ? "-" : Amounts.brief(quarter.target()), Amounts.brief(quarter.effective()),
					quarter.coverage() == null ? "-" : Amounts.percent(quarter.coverage()));
		}
		table.print(out);
	}

	static void timings(Capacity capacity, PrintWriter out) {
		if (capacity.timings().isEmpty()) {
			return;
		}
		out.println("  First-stage entries needed per month: each quarter's deals spread over its months, moved back by"
				+ " the cycle (whole months)");
		List<String> header = new ArrayList<>(List.of("process", "stage", "cycle", "before"));
		capacity.months().forEach(m -> header.add(m.substring(2)));
		TextTable table = new TextTable("    ", header.toArray(String[]::new)).left(1);
		for (EntryTiming timing : capacity.timings()) {
			List<String> cells = new ArrayList<>(List.of(Labels.local(timing.process()), Labels.local(timing.stage()),
					timing.cycleMonths() + " mo", Amounts.volume(timing.beforePeriod())));
			timing.entries().forEach(e -> cells.add(Amounts.volume(e)));
			table.row(cells.toArray(String[]::new));
		}
		table.print(out);
		out.println("    before: entries needed before the period starts, for deals that close in its first months.");
	}

	/** Capacity and coverage per territory: its teams' street quota against the targets of its processes' KPIs. */
	static void territories(List<TerritoryCapacity> territories, PrintWriter out) {
		if (territories.isEmpty()) {
			return;
		}
		out.println("  By territory: street quota of the roles in its teams against the targets its processes produce");
		TextTable table = new TextTable("  ", "territory", "teams", "heads", "street quota", "target", "coverage", "segments not covered")
				.left(1).left(6);
		for (TerritoryCapacity territory : territories) {
			table.row(territory.name(), territory.teams().isEmpty() ? "-" : String.join(", ", territory.teams()),
					String.valueOf(territory.heads()), Amounts.brief(territory.streetQuota()),
					territory.target() == null ? "-" : Amounts.brief(territory.target()),
					territory.coverage() == null ? "-" : Amounts.percent(territory.coverage()),
					territory.uncovered().isEmpty() ? "-" : String.join(", ", territory.uncovered()));
		}
		table.print(out);
	}
}
