package org.salesengine.report.plan;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.diagram.build.Values;
import org.salesengine.model.BonusBasis;
import org.salesengine.model.CreditType;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.html.FileNames;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;
import org.salesengine.report.sections.Names;

/**
 * The plan document a rep signs, for one plan: the role, on-target earnings, pay mix, base and incentive at target;
 * each measure with its weight, quota and credit, threshold, accelerator and cap; the payout table from 50% to 200%;
 * a worked example at 120%; the SPIFs that apply; the plan period. The same body stands alone as a page and is
 * appended to the engine report.
 */
public final class PlanDocument {
	private final WholeEngine engine;
	private final Plan plan;
	private final PlanPay pay;
	private final PayoutTable payouts;

	PlanDocument(WholeEngine engine, Plan plan, AnalysisResult analysis) {
		this.engine = engine;
		this.plan = plan;
		String id = ElementIds.of(plan);
		this.pay = analysis.pay().plans().stream().filter(p -> p.plan().equals(id)).findFirst().orElse(null);
		this.payouts = analysis.payoutTables().stream().filter(t -> t.plan().equals(id)).findFirst().orElse(null);
	}

	/** Every plan of the engine, in text order. */
	public static List<PlanDocument> of(WholeEngine engine, AnalysisResult analysis) {
		return engine.plans().stream().map(plan -> new PlanDocument(engine, plan, analysis)).toList();
	}

	/** "AEPlan": the plan's name. */
	public String name() {
		return Names.of(plan);
	}

	/** The file the standalone page is written to: "AcmeEmea-AEPlan.html", made safe for any file system. */
	public String fileName() {
		return FileNames.stem(engine.name() + "-" + name()) + ".html";
	}

	/** "Account executive plan (AEPlan)". */
	public String title() {
		String display = plan.getDisplayName();
		return display == null || display.isBlank() ? "Plan " + name() : display + " (" + name() + ")";
	}

	/** The document's body, headed at {@code level} (1 standalone, 3 inside the report). */
	public void write(Html out, int level, String engineTitle) {
		out.raw("<article class=\"plan-document\" id=\"plan-").text(FileNames.stem(name())).raw("\">\n");
		out.heading(level, null, title());
		out.element("p", "subtitle", engineTitle + " · compensation plan for " + role() + " · plan period "
				+ Names.orDash(engine.periodStart()) + " to " + Names.orDash(engine.periodEnd()));
		summary(out);
		measures(out, level + 1);
		payoutTable(out, level + 1);
		example(out, level + 1);
		spifs(out, level + 1);
		out.raw("<div class=\"signatures\"><div>").text("Employee: name, date, signature").raw("</div><div>")
				.text("Manager: name, date, signature").raw("</div></div>\n");
		out.raw("</article>\n");
	}

	private String role() {
		return plan.getRole() == null ? "no role named" : Names.described(plan.getRole());
	}

	private void summary(Html out) {
		HtmlTable table = new HtmlTable(null, "", "per year, " + Names.orDash(engine.currency())).cssClass("data summary");
		table.row("Role", role());
		table.row("On-target earnings (OTE)", plan.getOnTargetEarnings() == null ? "-" : money(plan.getOnTargetEarnings().doubleValue()));
		table.row("Pay mix (base/incentive)", plan.getMixBase() == null || plan.getMixIncentive() == null ? "-"
				: Amounts.plain(plan.getMixBase()) + "/" + Amounts.plain(plan.getMixIncentive()));
		table.row("Base salary", pay == null || pay.base() == null ? "-" : money(pay.base()));
		table.row("Incentive at target", pay == null || pay.targetIncentive() == null ? "-" : money(pay.targetIncentive()));
		table.row("Plan period", Names.orDash(engine.periodStart()) + " to " + Names.orDash(engine.periodEnd()));
		table.write(out);
		if (pay == null || pay.targetIncentive() == null) {
			out.element("p", "muted", "The incentive at target is not known: the pay mix must add up to 100 and the OTE be given.");
		}
	}

	private void measures(Html out, int level) {
		out.heading(level, null, "What you are paid on");
		HtmlTable table = new HtmlTable(null, "measure", "weight", "incentive at target", "quota", "threshold", "accelerator",
				"cap").numeric(1, 2, 3, 4, 6);
		for (Measure measure : plan.getMeasures()) {
			MeasurePay priced = priced(measure);
			table.row(measure.getKpi() == null ? "-" : Names.described(measure.getKpi()),
					measure.getWeight() == null ? "-" : Values.percent(measure.getWeight()),
					priced == null ? "-" : money(priced.targetIncentive()), quota(measure),
					measure.getThreshold() == null ? "none" : Values.percent(measure.getThreshold()), accelerator(measure),
					measure.getCap() == null ? "none" : Values.percent(measure.getCap()));
		}
		if (table.isEmpty()) {
			out.element("p", "muted", "The plan has no measure.");
		} else {
			table.write(out);
			out.element("p", "muted", "Below the threshold a measure pays nothing; from the threshold it pays its share of the "
					+ "incentive in proportion to attainment, faster above the accelerator's start, and never more than the cap "
					+ "(a share of the measure's incentive at target).");
		}
	}

	private MeasurePay priced(Measure measure) {
		if (pay == null) {
			return null;
		}
		String id = ElementIds.of(measure);
		return pay.measures().stream().filter(m -> m.measure().equals(id)).findFirst().orElse(null);
	}

	private String quota(Measure measure) {
		if (measure.periodQuota() == null) {
			// Attainment is then measured against the KPI's own target, which the rep should see here.
			String target = measure.getKpi() == null || !WholeEngine.resolved(measure.getKpi()) ? null : Values.target(measure.getKpi());
			return target == null ? "none" : "KPI target " + target;
		}
		String value = Values.quota(measure);
		CreditType credit = measure.getCredit() == null ? CreditType.INDIVIDUAL : measure.getCredit();
		int heads = plan.getRole() == null ? 0 : engine.nominalHeads(plan.getRole());
		return switch (credit) {
			case POOLED -> value + " pooled, for all " + heads + " heads together";
			case OVERLAY -> value + " overlay, credited on your team's deals";
			default -> value + " individual";
		};
	}

	private static String accelerator(Measure measure) {
		if (measure.getAccelerator() == null) {
			return "none";
		}
		String above = measure.getAcceleratorAbove() == null ? "100%" : Values.percent(measure.getAcceleratorAbove());
		return Amounts.multiplier(measure.getAccelerator()) + " above " + above;
	}

	private void payoutTable(Html out, int level) {
		out.heading(level, null, "What you earn, every measure at the same attainment");
		if (payouts == null || pay == null) {
			out.element("p", "muted", "Not computed: the incentive at target is not known.");
			return;
		}
		List<String> headings = new ArrayList<>(List.of("attainment"));
		headings.addAll(payouts.measures());
		headings.addAll(List.of("incentive", "with base", "of OTE"));
		HtmlTable table = new HtmlTable(null, headings).numeric(java.util.stream.IntStream.range(0, headings.size()).toArray());
		double base = pay.base() == null ? 0 : pay.base();
		for (PayoutTable.Row row : payouts.rows()) {
			List<String> cells = new ArrayList<>(List.of(Amounts.percent(row.attainment())));
			row.payouts().forEach(payout -> cells.add(money(payout)));
			cells.add(money(row.total()));
			cells.add(money(base + row.total()));
			cells.add(Amounts.percent((base + row.total()) / pay.onTargetEarnings()));
			table.row(cells);
		}
		table.write(out);
	}

	private void example(Html out, int level) {
		List<String> sentences = WorkedExample.sentences(pay == null ? emptyPay() : pay, WorkedExample.ATTAINMENT);
		if (sentences.isEmpty()) {
			return;
		}
		out.heading(level, null, "A worked example");
		out.open("div", "example").paragraph("At " + Amounts.percent(WorkedExample.ATTAINMENT) + " of quota on every measure:")
				.list(sentences.subList(0, sentences.size() - 1)).element("p", "total", sentences.get(sentences.size() - 1))
				.close("div");
	}

	private PlanPay emptyPay() {
		return new PlanPay(ElementIds.of(plan), null, null, 0, null, null, List.of());
	}

	private void spifs(Html out, int level) {
		out.heading(level, null, "SPIFs that apply");
		List<Spif> spifs = engine.spifs().stream().filter(s -> plan.getRole() != null && s.getRoles().contains(plan.getRole()))
				.toList();
		if (spifs.isEmpty()) {
			out.paragraph("No SPIF applies to this role in the plan period.");
			return;
		}
		List<String> lines = new ArrayList<>();
		for (Spif spif : spifs) {
			String bonus = spif.getBonus() == null ? "a bonus" : Values.amount(spif.getBonus()) + " " + engine.currency()
					+ (spif.isSetBasis() && spif.getBasis() == BonusBasis.UNIT ? " per unit" : " per deal");
			String on = spif.getRewards() == null ? "" : " on " + Names.described(spif.getRewards());
			String window = spif.getStartDate() == null ? "" : ", from " + spif.getStartDate() + " to " + Names.orDash(spif.getEndDate());
			lines.add(Names.described(spif) + ": " + bonus + on + window + ".");
		}
		out.list(lines);
	}

	private static String money(double value) {
		return WorkedExample.money(value);
	}
}
