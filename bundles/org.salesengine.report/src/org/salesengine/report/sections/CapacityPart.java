package org.salesengine.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.EntryTiming;
import org.salesengine.analysis.capacity.QuarterCapacity;
import org.salesengine.analysis.capacity.RoleCapacity;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CapacityWaterfall;
import org.salesengine.report.ReportInput;
import org.salesengine.report.charts.WaterfallChart;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;

/** Capacity: street quota nominal and effective with the waterfall, per role, per quarter, and pipeline timing. */
final class CapacityPart {
	private CapacityPart() {
	}

	static void write(Html out, ReportInput input) {
		Capacity capacity = input.analysis().capacity();
		out.heading(3, "capacity", "Capacity");
		String shares = capacity.streetQuotaShares().stream()
				.map(s -> ElementNames.local(s.plan()) + " " + Amounts.brief(s.quota()) + " × " + s.headcount())
				.collect(Collectors.joining(" + "));
		String street = "Street quota " + Amounts.brief(capacity.streetQuota()) + (shares.isEmpty() ? "" : " (" + shares + ")");
		if (capacity.overAssignment() != null) {
			street += ": " + Amounts.percent(capacity.overAssignment()) + " of the " + Amounts.brief(capacity.revenueTarget())
					+ " revenue target";
		}
		out.paragraph(street + ".");
		CapacityWaterfall waterfall = capacity.waterfall();
		if (waterfall == null) {
			out.element("p", "muted", "The effective capacity is not computed: the engine has no readable period.");
			return;
		}
		out.paragraph("Effective street quota " + Amounts.brief(waterfall.effective()) + (capacity.revenueTarget() == null ? ""
				: ": " + Amounts.percent(waterfall.effective() / capacity.revenueTarget()) + " of the revenue target")
				+ ". Hires sell from their first month at the ramp, heads leave at the attrition; heads there at the start are "
				+ "fully ramped.");
		WaterfallChart chart = new WaterfallChart(waterfall, capacity.revenueTarget());
		Figures.write(out, chart, "capacity waterfall",
				"From nominal to effective street quota: what hires' start dates, ramp, attrition and their overlap each cost.");
		HtmlTable steps = new HtmlTable("The waterfall in figures", "step", "amount").numeric(1);
		for (WaterfallChart.Bar bar : chart.bars()) {
			double size = bar.to() - bar.from();
			steps.row(bar.label(), (bar.loss() && size > 0 ? "−" : "") + Amounts.brief(size));
		}
		steps.write(out);
		roles(out, capacity);
		quarters(out, capacity);
		timing(out, capacity);
	}

	private static void roles(Html out, Capacity capacity) {
		HtmlTable roles = new HtmlTable("Quota-carrying roles", "role", "heads at start", "hired", "attrition", "ramp",
				"quota per head", "nominal", "effective").numeric(1, 2, 5, 6, 7);
		for (RoleCapacity role : capacity.roles()) {
			roles.row(role.role(), String.valueOf(role.headcount()), String.valueOf(role.hires()),
					Amounts.percent(role.attrition()) + " a year", Names.orDash(role.ramp()), Amounts.brief(role.quotaPerHead()),
					Amounts.brief(role.waterfall().nominal()), Amounts.brief(role.waterfall().effective()));
		}
		StrategyStructureSection.writeOrSay(out, roles, "No role carries an individual quota on the revenue KPIs.");
	}

	private static void quarters(Html out, Capacity capacity) {
		if (capacity.quarters().isEmpty()) {
			return;
		}
		HtmlTable quarters = new HtmlTable("Quarters" + (capacity.seasonal() ? ", with the engine's seasonality" : ", flat"),
				"quarter", "from", "share", "target", "effective capacity", "coverage").numeric(2, 3, 4, 5);
		for (QuarterCapacity quarter : capacity.quarters()) {
			quarters.row("Q" + quarter.quarter(), quarter.firstMonth(), Amounts.percent(quarter.share()),
					quarter.target() == null ? "-" : Amounts.brief(quarter.target()), Amounts.brief(quarter.effective()),
					quarter.coverage() == null ? "-" : Amounts.percent(quarter.coverage()));
		}
		quarters.write(out);
	}

	private static void timing(Html out, Capacity capacity) {
		if (capacity.timings().isEmpty()) {
			return;
		}
		out.heading(4, null, "Pipeline timing: first-stage entries needed per month");
		out.paragraph("Each quarter's deals are spread over its months and moved back by the process's cycle time; what "
				+ "would have to happen before the period is shown on its own.");
		List<String> headings = new ArrayList<>(List.of("process", "cycle", "before"));
		capacity.months().forEach(month -> headings.add(monthName(month)));
		HtmlTable table = new HtmlTable("Months " + capacity.months().get(0) + " to " + capacity.months().get(capacity.months().size() - 1)
				+ "; volumes rounded to whole opportunities", headings).cssClass("data timing");
		int[] numeric = java.util.stream.IntStream.range(2, headings.size()).toArray();
		table.numeric(numeric);
		for (EntryTiming timing : capacity.timings()) {
			List<String> row = new ArrayList<>(List.of(ElementNames.last(timing.process()) + " at " + ElementNames.last(timing.stage()),
					timing.cycleMonths() + (timing.cycleMonths() == 1 ? " month" : " months"), Amounts.grouped(timing.beforePeriod(), 0)));
			timing.entries().forEach(entries -> row.add(Amounts.grouped(entries, 0)));
			table.row(row);
		}
		table.write(out);
	}

	/** "Jan" for 2027-01; the text itself when it is not a month. */
	private static String monthName(String month) {
		try {
			return java.time.YearMonth.parse(month).getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
					java.util.Locale.ENGLISH);
		} catch (java.time.format.DateTimeParseException e) {
			return month;
		}
	}
}
