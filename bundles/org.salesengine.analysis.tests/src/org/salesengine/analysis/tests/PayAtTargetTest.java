package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayAtTarget;
import org.salesengine.analysis.pay.PlanPay;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.Amounts;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** OTE, base and target incentive per plan and in total, and the compensation cost of sales. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PayAtTargetTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmePlansSplitOteByTheirMix() {
		List<PlanPay> plans = Engines.analyze(loader, TestFiles.example("acme.sales")).pay().plans();
		assertEquals(List.of("AcmeEmea.AEPlan AE 12 140000.0 70000.0 70000.0", "AcmeEmea.SDRPlan SDR 10 70000.0 49000.0 21000.0",
				"AcmeEmea.AMPlan AM 5 110000.0 66000.0 44000.0"), plans.stream().map(PayAtTargetTest::describe).toList());
	}

	@Test
	void acmeMeasuresCarryTheirWeightOfTheTargetIncentive() {
		List<PlanPay> plans = Engines.analyze(loader, TestFiles.example("acme.sales")).pay().plans();
		List<String> measures = plans.stream().flatMap(p -> p.measures().stream())
				.map(m -> m.measure() + " " + m.weight() + " " + Math.round(m.targetIncentive())).toList();
		assertEquals(List.of("AcmeEmea.AEPlan.NewARR 0.8 56000", "AcmeEmea.AEPlan.WinRate 0.2 14000",
				"AcmeEmea.SDRPlan.MeetingsBooked 1.0 21000", "AcmeEmea.AMPlan.ExpansionARR 0.6 26400",
				"AcmeEmea.AMPlan.NRR 0.4 17600"), measures);
		MeasurePay newArr = plans.get(0).measures().get(0);
		assertEquals(56_000.0, newArr.targetIncentive(), 1e-9);
	}

	@Test
	void acmeTotalsAt2Point93MillionOteAnd18Point3PercentCostOfSales() {
		PayAtTarget pay = Engines.analyze(loader, TestFiles.example("acme.sales")).pay();
		assertEquals(2_930_000.0, pay.totalOnTargetEarnings(), 1e-6);
		assertEquals(1_660_000.0, pay.totalBase(), 1e-6);
		assertEquals(1_270_000.0, pay.totalTargetIncentive(), 1e-6);
		assertEquals("2.93M", Amounts.brief(pay.totalOnTargetEarnings()));
		assertEquals("1.27M", Amounts.brief(pay.totalTargetIncentive()));
		assertEquals(27, pay.headcount());
		assertEquals(0.183125, pay.costOfSales(), 1e-12);
		assertEquals("18.3%", Amounts.percent(pay.costOfSales()));
	}

	@Test
	void brokenMixLeavesBaseAndIncentiveUnknownButOteCounts() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.example("broken.sales"));
		PlanPay plan = result.pay().plans().get(0);
		assertEquals(200_000.0, plan.onTargetEarnings());
		assertNull(plan.base());
		assertNull(plan.targetIncentive());
		assertEquals(List.of(), plan.measures());
		assertEquals(1_600_000.0, result.pay().totalOnTargetEarnings());
		assertEquals(0.0, result.pay().totalTargetIncentive());
		assertEquals(0.16, result.pay().costOfSales(), 1e-12);
		assertEquals(List.of("plan AEPlan has a pay mix 50/40 that does not add up to 100: base and target incentive are unknown",
				"the totals of base and variable pay leave out plan AEPlan: its pay mix does not split its OTE"),
				result.notes().stream().filter(n -> n.topic() == Topic.PAY).map(AnalysisNote::reason).toList());
		assertEquals(List.of(), result.payoutTables());
	}

	@Test
	void costOfSalesAboveTheBandIsAWarning() {
		AnalysisResult result = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "rich-plan.sales"));
		assertEquals(0.5, result.pay().costOfSales(), 1e-12);
		List<Finding> findings = Engines.load(loader, TestFiles.fixture("org.salesengine.analysis.tests", "rich-plan.sales"))
				.findings().stream().filter(f -> f.code().equals("ccos-out-of-band")).toList();
		assertEquals(1, findings.size());
		assertEquals("warning", findings.get(0).severityLabel());
		assertEquals("Rich", findings.get(0).element());
		assertEquals("compensation cost of sales is 50% (OTE at target 500k on a revenue target of 1M), above 10% to 25%"
				+ " (the SaaS profile, the default): the plans cost more per unit of revenue than the business model sustains",
				findings.get(0).message());
		assertEquals(List.of(0.1, 0.25, "the SaaS profile, the default"),
				List.of(result.pay().bandLow(), result.pay().bandHigh(), result.pay().bandOrigin()));
	}

	@Test
	void acmeCostOfSalesInsideTheBandRaisesNothing() {
		assertEquals(0.183125, Engines.analyze(loader, TestFiles.example("acme.sales")).pay().costOfSales(), 1e-12);
		assertEquals(List.of(), Engines.load(loader, TestFiles.example("acme.sales")).findings());
	}

	private static String describe(PlanPay plan) {
		return plan.plan() + " " + plan.role() + " " + plan.headcount() + " " + plan.onTargetEarnings() + " " + plan.base() + " "
				+ plan.targetIncentive();
	}
}
