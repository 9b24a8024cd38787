package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.report.PlanPages;
import org.salesengine.report.ReportInput;
import org.salesengine.report.plan.WorkedExample;
import org.salesengine.report.charts.PayoutChart.KeyPoint;
import org.salesengine.report.charts.PayoutChart;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** The plan documents of acme: figures computed from the plans' curves, the same pages in the report. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PlanDocumentTest {
	@Inject
	private EngineLoader loader;

	@Test
	void aTieredCurveIsExplainedTierByTierAndMarkedAtEachBend() {
		ReportInput nordlicht = Reports.input(loader, TestFiles.example("territories.sales"));
		// AEDachPlan: OTE 140k, mix 50/50, so 70,000 incentive; NewARRDach 90% = 63,000 at target. Its tiers: 0.5x below
		// 50%, 1.5x from 50% to 100%, 1.5x from 100% to 125%, 2x above 125%, cap 300%. At 120%: 0.5 × 50% + 1.5 × 50%
		// + 1.5 × 20% = 25% + 75% + 30% = 130%, so 63,000 × 1.3 = 81,900.
		assertEquals("NewARRDach (90% of your 70,000 target incentive, so 63,000 at target): at 120% the tiers pay"
				+ " 0.5 × 50% + 1.5 × 50% + 1.5 × 20% = 130%, so 63,000 × 130% = 81,900.",
				WorkedExample.sentences(plan(nordlicht, "AEDachPlan"), WorkedExample.ATTAINMENT).get(0));
		// The chart marks the bends where the rate changes (50%: 1.5x, 125%: 2x; at 100% it stays 1.5x, so the target
		// point says it), and the cap: 1.875 at 150%, then 2x more to 3.0 at 150% + 1.125 ÷ 2 = 206.25%.
		PayoutChart chart = new PayoutChart(PayoutChartTest.measure(nordlicht, "Nordlicht.AEDachPlan", "NewARRDach"), "NewARRDach");
		assertEquals(List.of(new KeyPoint("tier1", 0.5, 0.25, "1.5x from 50%"), new KeyPoint("target", 1, 1, "100% pays 100%"),
				new KeyPoint("tier2", 1.25, 1.375, "2x from 125%"), new KeyPoint("cap", 2.0625, 3, "cap 300% from 206.3%")),
				chart.keyPoints());
	}

	@Test
	void theWorkedExampleAt120PercentIsComputedMeasureByMeasure() {
		ReportInput acme = Reports.acme(loader);
		// AEPlan: OTE 140k, mix 50/50, so 70,000 incentive. NewARR 80% = 56,000 at target; at 120% the 2x accelerator above
		// 100% pays 100% + 2 × 20% = 140%: 78,400. WinRate 20% = 14,000; 120% is between its 80% threshold and its 150% cap:
		// 16,800. Total 95,200 + 70,000 base = 165,200, which is 165,200 ÷ 140,000 = 118% of OTE.
		assertEquals(List.of(
				"NewARR (80% of your 70,000 target incentive, so 56,000 at target): at 120% the 2x accelerator above 100% pays"
						+ " 100% + 2 × 20% = 140%, so 56,000 × 140% = 78,400.",
				"WinRate (20% of your 70,000 target incentive, so 14,000 at target): at 120% it pays one for one, 120%, so 14,000"
						+ " × 120% = 16,800.",
				"Incentive 95,200 plus your base of 70,000: you earn 165,200, 118% of your on-target earnings of 140,000."),
				WorkedExample.sentences(plan(acme, "AEPlan"), WorkedExample.ATTAINMENT));
		// AMPlan: OTE 110k, 60/40: base 66,000, incentive 44,000. ExpansionARR 60% = 26,400 × 120% = 31,680; NRR 40% =
		// 17,600 × 120% = 21,120. 52,800 + 66,000 = 118,800 = 108% of 110,000.
		assertEquals("Incentive 52,800 plus your base of 66,000: you earn 118,800, 108% of your on-target earnings of 110,000.",
				WorkedExample.sentences(plan(acme, "AMPlan"), WorkedExample.ATTAINMENT).get(2));
	}

	@Test
	void theWordsSayWhichPartOfTheCurveApplies() {
		PlanPay sdr = plan(Reports.acme(loader), "SDRPlan");
		// MeetingsBooked: threshold 50%, 1.5x above 100%, cap 200%; target incentive 30% of 70k = 21,000.
		assertEquals("MeetingsBooked (100% of your 21,000 target incentive, so 21,000 at target): at 40% you are below the 50%"
				+ " threshold, which pays nothing, so 21,000 × 0% = 0.", WorkedExample.sentences(sdr, 0.4).get(0));
		// At 200%: 100% + 1.5 × 100% = 250%, above the cap: 200% of 21,000 = 42,000.
		assertEquals("MeetingsBooked (100% of your 21,000 target incentive, so 21,000 at target): at 200% the 1.5x accelerator"
				+ " above 100% pays 100% + 1.5 × 100% = 250%, held at the cap of 200%, so 21,000 × 200% = 42,000.",
				WorkedExample.sentences(sdr, 2.0).get(0));
		assertEquals(0, PayoutCurve.classic(0.5, 1.5, 1, 2).factor(0.4));
	}

	@Test
	void eachPlanHasItsPageWithPayoutTableQuotasAndSpifs() {
		ReportInput acme = Reports.acme(loader);
		Map<String, String> pages = PlanPages.of(acme);
		assertEquals(List.of("AcmeEmea-AEPlan.html", "AcmeEmea-SDRPlan.html", "AcmeEmea-AMPlan.html"), List.copyOf(pages.keySet()));
		String ae = pages.get("AcmeEmea-AEPlan.html");
		assertTrue(ae.contains("<h1>Account executive plan (AEPlan)</h1>"));
		assertTrue(ae.contains("<tr><th>Role</th><td>AE (Account executive)</td></tr>"));
		assertTrue(ae.contains("<tr><th>Pay mix (base/incentive)</th><td>50/50</td></tr>"));
		assertTrue(ae.contains("<tr><th>Base salary</th><td>70,000</td></tr>"));
		assertTrue(ae.contains("<tr><th>Incentive at target</th><td>70,000</td></tr>"));
		assertTrue(ae.contains("<tr><th>Plan period</th><td>2027-01-01 to 2027-12-31</td></tr>"));
		assertTrue(ae.contains("<tr><th>NewARR (New annual recurring revenue)</th><td class=\"num\">80%</td><td class=\"num\">56,000</td>"
				+ "<td class=\"num\">1.1M individual</td><td class=\"num\">50%</td><td>2x above 100%</td><td class=\"num\">300%</td></tr>"));
		// At 50%: NewARR at its threshold pays 50% of 56,000 = 28,000; WinRate below its 80% threshold pays 0; with the
		// 70,000 base 98,000, 70% of OTE. At 200%: NewARR capped at 300% = 168,000, WinRate capped at 150% = 21,000:
		// 189,000, with base 259,000, 185% of OTE.
		assertTrue(ae.contains("<tr><th class=\"num\">50%</th><td class=\"num\">28,000</td><td class=\"num\">0</td>"
				+ "<td class=\"num\">28,000</td><td class=\"num\">98,000</td><td class=\"num\">70%</td></tr>"));
		assertTrue(ae.contains("<tr><th class=\"num\">200%</th><td class=\"num\">168,000</td><td class=\"num\">21,000</td>"
				+ "<td class=\"num\">189,000</td><td class=\"num\">259,000</td><td class=\"num\">185%</td></tr>"));
		// WinRate has no quota: attainment is against the KPI's 25% target.
		assertTrue(ae.contains("<tr><th>WinRate (Win rate)</th><td class=\"num\">20%</td><td class=\"num\">14,000</td>"
				+ "<td class=\"num\">KPI target 25%</td><td class=\"num\">80%</td><td>none</td><td class=\"num\">150%</td></tr>"));
		assertTrue(ae.contains("<li>MultiYear (Multi-year deals in Q1): 2k EUR per deal on NewARR (New annual recurring revenue),"
				+ " from 2027-01-01 to 2027-03-31.</li>"));
		assertTrue(pages.get("AcmeEmea-SDRPlan.html").contains("<p>No SPIF applies to this role in the plan period.</p>"));
		// The report appends the same documents.
		String plans = Reports.chapter(Reports.html(acme), Chapter.PLANS);
		assertEquals(3, plans.split("<article class=\"plan-document\"", -1).length - 1);
		assertTrue(plans.contains("<h3>Account executive plan (AEPlan)</h3>"));
		assertTrue(plans.contains("<td class=\"num\">189,000</td><td class=\"num\">259,000</td>"));
	}

	private static PlanPay plan(ReportInput input, String name) {
		return input.analysis().pay().plans().stream().filter(p -> p.plan().endsWith("." + name)).findFirst().orElseThrow();
	}
}
