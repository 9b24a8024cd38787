package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.model.engine.Amounts;

/** The pay sections of the text report: pay at target, payout tables, the simulation. */
final class PayText {
	/** A plan whose expected cost is this far from its target incentive gets a sentence saying why. */
	private static final double NOTABLE_DEVIATION = 0.02;

	private PayText() {
	}

	static void payAtTarget(AnalysisResult result, PrintWriter out) {
		PayAtTarget pay = result.pay();
		if (pay.plans().isEmpty()) {
			return;
		}
		out.println("Pay at target (every rep at 100% on every measure)");
		TextTable table = new TextTable("  ", "plan", "role", "heads", "OTE", "base", "incentive", "team OTE", "team incentive").left(1);
		for (PlanPay plan : pay.plans()) {
			table.row(Labels.local(plan.plan()), plan.role() == null ? "-" : plan.role(),
					plan.headcount() == null ? "-" : String.valueOf(plan.headcount()), Amounts.brief(plan.onTargetEarnings()),
					Labels.money(plan.base()), Labels.money(plan.targetIncentive()), Labels.money(plan.teamOnTargetEarnings()),
					Labels.money(plan.teamTargetIncentive()));
		}
		boolean anyIncentive = pay.plans().stream().anyMatch(p -> p.teamTargetIncentive() != null);
		table.row("total", "", String.valueOf(pay.headcount()), "", "", "", Amounts.brief(pay.totalOnTargetEarnings()),
				anyIncentive ? Amounts.brief(pay.totalTargetIncentive()) : "-");
		table.print(out);
		if (pay.costOfSales() != null) {
			out.println("  Cost of sales " + Amounts.percent(pay.costOfSales()) + ": " + Amounts.brief(pay.totalOnTargetEarnings())
					+ " OTE at target on the " + Amounts.brief(result.revenueTarget()) + " revenue target (band "
					+ Amounts.percent(pay.bandLow()) + " to " + Amounts.percent(pay.bandHigh()) + ", " + pay.bandOrigin() + ")");
		}
		PlanTermsText.print(pay, out);
		out.println();
	}

	static void payoutTables(AnalysisResult result, PrintWriter out) {
		if (result.payoutTables().isEmpty()) {
			if (!result.pay().plans().isEmpty()) {
				out.println("Payout per rep: no plan has a known target incentive (see Not computed below).");
				out.println();
			}
			return;
		}
		out.println("Payout per rep, every measure at the same attainment");
		List<String> header = new ArrayList<>(List.of("plan and measure", "weight", "credit", "at target"));
		result.payoutTables().get(0).rows().forEach(row -> header.add(Amounts.percent(row.attainment())));
		header.add("curve");
		TextTable table = new TextTable("  ", header.toArray(String[]::new)).left(2).left(header.size() - 1);
		for (PayoutTable payout : result.payoutTables()) {
			PlanPay plan = result.pay().plans().stream().filter(p -> p.plan().equals(payout.plan())).findFirst().orElseThrow();
			table.row(blankRow(header.size(), Labels.local(payout.plan())));
			for (int m = 0; m < plan.measures().size(); m++) {
				MeasurePay measure = plan.measures().get(m);
				List<String> cells = new ArrayList<>(List.of("  " + measure.kpi(), Amounts.percent(measure.weight()),
						measure.credit(), Labels.money(measure.targetIncentive())));
				int column = m;
				payout.rows().forEach(row -> cells.add(Labels.money(row.payouts().get(column).doubleValue())));
				cells.add(measure.isMbo() ? "MBO, paid when attained (chance " + Amounts.percent(measure.chance()) + ")"
						: Labels.curve(measure.curve()));
				table.row(cells.toArray(String[]::new));
			}
			List<String> total = new ArrayList<>(List.of("  total", "", "",
					Labels.money(plan.measures().stream().mapToDouble(MeasurePay::targetIncentive).sum())));
			payout.rows().forEach(row -> total.add(Labels.money(row.total())));
			total.add("");
			table.row(total.toArray(String[]::new));
		}
		table.print(out);
		out.println();
	}

	/** Why a plan costs noticeably more or less than its target incentive in an average year, or null. */
	private static String comment(AnalysisResult result, PlanSimulation plan) {
		double ratio = plan.expectedCost() / plan.targetCost();
		if (Math.abs(ratio - 1) < NOTABLE_DEVIATION) {
			return null;
		}
		String head = Labels.local(plan.plan()) + " pays " + Amounts.percent(ratio) + " of its target incentive in an average year; ";
		PlanPay pay = result.pay().plans().stream().filter(p -> p.plan().equals(plan.plan())).findFirst().orElseThrow();
		if (ratio < 1) {
			int worst = 0;
			for (int m = 1; m < plan.measures().size(); m++) {
				if (plan.measures().get(m).shareBelowThreshold() > plan.measures().get(worst).shareBelowThreshold()) {
					worst = m;
				}
			}
			MeasurePay measure = pay.measures().get(worst);
			if (measure.curve().hasThreshold()) {
				return head + "the " + Amounts.percent(measure.curve().threshold()) + " threshold on " + measure.kpi()
						+ " withholds pay from " + Amounts.percent(plan.measures().get(worst).shareBelowThreshold()) + " of rep-years.";
			}
			return head + "its caps hold back the best years.";
		}
		return pay.measures().stream().filter(m -> m.curve().hasAccelerator()).findFirst()
				.map(m -> head + "the " + Amounts.grouped(m.curve().accelerator(), 2) + "x accelerator on " + m.kpi()
						+ " pays more above " + Amounts.percent(m.curve().knee()) + " than the thresholds withhold below.")
				.orElse(head + "reps above 100% earn more than those below lose.");
	}

	private static String[] blankRow(int columns, String first) {
		String[] cells = new String[columns];
		java.util.Arrays.fill(cells, "");
		cells[0] = first;
		return cells;
	}

	static void simulation(AnalysisResult result, PrintWriter out) {
		SimulationResult simulation = result.simulation();
		if (simulation == null) {
			return;
		}
		SimulationSettings settings = simulation.settings();
		int reps = simulation.plans().stream().mapToInt(PlanSimulation::headcount).sum();
		out.println("Payout simulation: " + String.format("%,d", settings.years()) + " years × " + reps + " reps = "
				+ String.format("%,d", simulation.repYears()) + " rep-years");
		out.println("  attainment " + settings.distribution().describe() + "; measures "
				+ (settings.correlation() == 0 ? "independent" : "correlated " + Amounts.grouped(settings.correlation(), 2))
				+ "; seed " + settings.seed());
		TextTable table = new TextTable("  ", "plan", "heads", "at target", "expected", "vs target", "P10", "P50", "P90",
				"reps ≥ 100%", "below a threshold");
		for (PlanSimulation plan : simulation.plans()) {
			table.row(Labels.local(plan.plan()), String.valueOf(plan.headcount()), Amounts.brief(plan.targetCost()),
					Amounts.brief(plan.expectedCost()), Amounts.percent(plan.expectedCost() / plan.targetCost()),
					Amounts.brief(plan.p10()), Amounts.brief(plan.p50()), Amounts.brief(plan.p90()),
					Amounts.percent(plan.shareAtOrAbove100()), Amounts.percent(plan.shareBelowThreshold()));
		}
		table.row("total", String.valueOf(reps), Amounts.brief(simulation.targetCost()), Amounts.brief(simulation.expectedCost()),
				Amounts.percent(simulation.expectedCost() / simulation.targetCost()), Amounts.brief(simulation.p10()),
				Amounts.brief(simulation.p50()), Amounts.brief(simulation.p90()), Amounts.percent(simulation.shareAtOrAbove100()),
				Amounts.percent(simulation.shareBelowThreshold()));
		table.print(out);
		out.println("  Costs are variable pay per year for the whole team; P10-P90 is the range of 8 years in 10.");
		PlanTermsText.simulated(simulation, out);
		for (PlanSimulation plan : simulation.plans()) {
			String comment = comment(result, plan);
			if (comment != null) {
				out.println("  - " + comment);
			}
		}
		out.println();
	}
}
