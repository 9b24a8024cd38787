package org.salesengine.cli.analysis;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.DrawPay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PeriodPayout;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.analysis.pay.SpifPay;
import org.salesengine.analysis.simulation.PlanSimulation;
import org.salesengine.analysis.simulation.SimulationResult;
import org.salesengine.model.engine.Amounts;

/** The terms of the plans beyond their curves: draws, clawbacks, percentage SPIFs and payout by period. */
final class PlanTermsText {
	private PlanTermsText() {
	}

	/** Lines under pay at target: each draw, clawback and percentage SPIF with its cost at target. */
	static void print(PayAtTarget pay, PrintWriter out) {
		for (PlanPay plan : pay.plans()) {
			DrawPay draw = plan.draw();
			if (draw != null) {
				out.println("  Draw " + Labels.local(plan.plan()) + ": " + Amounts.brief(draw.amount()) + " a month for "
						+ draw.months() + " months, " + (draw.recoverable() ? "recoverable" : "non-recoverable") + ", to "
						+ draw.hires() + " hires: " + Amounts.brief(draw.perHead()) + " each; cost at target "
						+ Amounts.brief(draw.costAtTarget())
						+ (draw.recoverable() ? " (recovered from the incentive they earn)" : ""));
			}
			if (plan.clawbackDays() != null) {
				out.println("  Clawback " + Labels.local(plan.plan()) + ": incentive on deals that churn within "
						+ plan.clawbackDays() + " days is taken back (analyze --simulate N --churn PCT prices it)");
			}
		}
		for (SpifPay spif : pay.spifs()) {
			out.println("  SPIF " + Labels.local(spif.spif()) + ": " + Amounts.percent(spif.share()) + " of " + spif.kpi()
					+ " (target " + Amounts.brief(spif.kpiTarget()) + ") over " + Amounts.percent(spif.windowShare())
					+ " of the period: cost at target " + Amounts.brief(spif.cost()));
		}
		if (pay.drawCost() > 0 || !pay.spifs().isEmpty()) {
			out.println("  Beyond OTE at target: draws " + Amounts.brief(pay.drawCost()) + ", SPIFs " + Amounts.brief(pay.spifCost()));
		}
	}

	/** The measures paid per period: each period's quota, sales, attainment and payout. */
	static void periodPayouts(AnalysisResult result, PrintWriter out) {
		List<PeriodPayout> payouts = result.periodPayouts();
		if (payouts.isEmpty()) {
			return;
		}
		out.println("Payout by period: a rep who sells exactly the year's quota, spread over the year as the engine's seasonality"
				+ " spreads bookings (evenly without one)");
		for (PeriodPayout payout : payouts) {
			out.println("  " + Labels.local(payout.measure()) + ", paid " + payout.payout() + ": " + Labels.money(payout.total())
					+ " against " + Labels.money(payout.annual()) + " paid once a year");
			TextTable table = new TextTable("    ", "period", "quota", "sold", "attainment", "incentive", "payout");
			for (PeriodPayout.Row row : payout.rows()) {
				table.row(row.label(), Amounts.brief(row.quota()), Amounts.brief(row.sold()), Amounts.percent(row.attainment()),
						Labels.money(row.incentive()), Labels.money(row.payout()));
			}
			table.print(out);
		}
		out.println();
	}

	/** Lines under the simulation: what draws leave unrecovered and what clawbacks take back. */
	static void simulated(SimulationResult simulation, PrintWriter out) {
		for (PlanSimulation plan : simulation.plans()) {
			if (plan.drawCost() > 0) {
				out.println("  - " + Labels.local(plan.plan()) + ": draws not recovered cost " + Amounts.brief(plan.drawCost())
						+ " a year on top");
			}
			if (plan.clawedBack() > 0) {
				out.println("  - " + Labels.local(plan.plan()) + ": the clawback takes back " + Amounts.brief(plan.clawedBack())
						+ " a year at " + Amounts.percent(simulation.settings().churn()) + " churn (already deducted)");
			}
		}
	}
}
