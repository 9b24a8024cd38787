package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.report.ReportInput;
import org.salesengine.report.charts.PayoutChart;
import org.salesengine.report.charts.PayoutChart.KeyPoint;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.inject.Inject;

/**
 * The payout chart's key points where the curve puts them. The plot of a {@value PayoutChart#WIDTH} × 250 chart runs
 * from x = 64 to 362 (298 wide) and from y = 18 to 206 (188 high); attainment a maps to 64 + a ÷ xMax × 298, payout p
 * to 206 − p ÷ yMax × 188, and the SVG writes two decimals.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PayoutChartTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmesNewArrCurveHasItsThresholdTargetAndCapWhereTheyBelong() {
		ReportInput acme = Reports.acme(loader);
		MeasurePay newArr = measure(acme, "AcmeEmea.AEPlan", "NewARR");
		PayoutChart chart = new PayoutChart(newArr, "NewARR");
		// threshold 50%, 2x above 100%, cap 300%: the cap is reached at 100% + (300% − 100%) ÷ 2 = 200%. The x axis ends at the
		// last bend + 30% = 230%, rounded up to 50%: 250%. The y axis ends at 300% × 1.05 = 315%, rounded up to 350%.
		assertEquals(2.5, chart.axes().xMax(), 1e-12);
		assertEquals(3.5, chart.axes().yMax(), 1e-12);
		assertEquals(List.of(new KeyPoint("threshold", 0.5, 0.5, "threshold 50%"),
				new KeyPoint("target", 1, 1, "100% pays 100%, 2x above"), new KeyPoint("cap", 2, 3, "cap 300% from 200%")),
				chart.keyPoints());
		String svg = SvgWriter.write(chart);
		// threshold (50%, 50%): x = 64 + 0.5 ÷ 2.5 × 298 = 123.6, y = 206 − 0.5 ÷ 3.5 × 188 = 179.142857
		assertPoint(svg, "AcmeEmea.AEPlan.NewARR-threshold", "123.6", "179.14");
		// 100% pays 100%: x = 64 + 119.2 = 183.2, y = 206 − 53.714286 = 152.285714
		assertPoint(svg, "AcmeEmea.AEPlan.NewARR-target", "183.2", "152.29");
		// cap (200%, 300%): x = 64 + 238.4 = 302.4, y = 206 − 161.142857 = 44.857143
		assertPoint(svg, "AcmeEmea.AEPlan.NewARR-cap", "302.4", "44.86");
		// The curve: 0 up to the threshold, the jump, one for one to 100%, twice as steep to the cap, flat to the axis's end.
		String curve = Reports.after(svg, "<g id=\"AcmeEmea.AEPlan.NewARR-curve\"", 400);
		assertEquals("64,206 123.6,206 123.6,179.14 183.2,152.29 302.4,44.86 362,44.86", Reports.attribute(
				curve.substring(curve.indexOf("<polyline")), "points"));
		// The report shows the same chart.
		String report = Reports.chapter(Reports.html(acme), Chapter.METRICS_COMPENSATION);
		assertPoint(report, "AcmeEmea.AEPlan.NewARR-cap", "302.4", "44.86");
	}

	@Test
	void aKneeAboveTargetIsMarkedOnItsOwn() {
		// threshold 60%, 3x above 120%, cap 250%: cap reached at 120% + 130% ÷ 3 = 163.33%; x axis to 193.33% → 200%;
		// y axis to 250% × 1.05 → 300%. So x = 64 + a × 149 and y = 206 − p × 62.666667.
		MeasurePay measure = new MeasurePay("E.P.Bookings", "Bookings", 1, 10_000, PayoutCurve.classic(0.6, 3, 1.2, 2.5));
		PayoutChart chart = new PayoutChart(measure, "Bookings");
		assertEquals(List.of("threshold", "target", "knee", "cap"), chart.keyPoints().stream().map(KeyPoint::kind).toList());
		String svg = SvgWriter.write(chart);
		assertPoint(svg, "E.P.Bookings-threshold", "153.4", "168.4");
		assertPoint(svg, "E.P.Bookings-target", "213", "143.33");
		assertPoint(svg, "E.P.Bookings-knee", "242.8", "130.8");
		// cap: x = 64 + 1.633333 × 149 = 307.366667, y = 206 − 2.5 × 62.666667 = 49.333333
		assertPoint(svg, "E.P.Bookings-cap", "307.37", "49.33");
		assertTrue(svg.contains(">3  3x above 120%</text>"), "the key names the knee");
	}

	@Test
	void aCurveWithoutThresholdOrCapMarksOnlyTheTarget() {
		MeasurePay linear = new MeasurePay("E.P.Calls", "Calls", 1, 10_000, PayoutCurve.LINEAR);
		assertEquals(List.of(new KeyPoint("target", 1, 1, "100% pays 100%")), new PayoutChart(linear, "Calls").keyPoints());
	}

	private static void assertPoint(String svg, String group, String cx, String cy) {
		String marked = Reports.after(svg, "<g id=\"" + group + "\" class=\"key-point ", 600);
		String ellipse = marked.substring(marked.indexOf("<ellipse"));
		assertEquals(cx, Reports.attribute(ellipse, "cx"), group + " x");
		assertEquals(cy, Reports.attribute(ellipse, "cy"), group + " y");
	}

	static MeasurePay measure(ReportInput input, String plan, String kpi) {
		PlanPay pay = input.analysis().pay().plans().stream().filter(p -> p.plan().equals(plan)).findFirst().orElseThrow();
		return pay.measures().stream().filter(m -> m.kpi().equals(kpi)).findFirst().orElseThrow();
	}
}
