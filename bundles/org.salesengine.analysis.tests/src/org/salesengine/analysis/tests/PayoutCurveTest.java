package org.salesengine.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Engines;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/** The payout curve f(a): threshold, accelerator above its knee, cap; and the payout tables built on it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PayoutCurveTest {
	@Inject
	private EngineLoader loader;

	@Test
	void acmeNewArrPays112kAt150PercentAndIsCappedAt168k() {
		MeasurePay newArr = Engines.analyze(loader, TestFiles.example("acme.sales")).pay().plans().get(0).measures().get(0);
		assertEquals("NewARR", newArr.kpi());
		assertEquals(PayoutCurve.classic(0.5, 2, 1, 3), newArr.curve());
		assertEquals(56_000.0, newArr.payout(1.0), 1e-9);
		assertEquals(112_000.0, newArr.payout(1.5), 1e-9);
		assertEquals(168_000.0, newArr.payout(2.5), 1e-9);
		assertEquals(168_000.0, newArr.payout(2.0), 1e-9);
		assertEquals(0.0, newArr.payout(0.4));
	}

	@Test
	void aRepExactlyAtTheThresholdIsPaid() {
		PayoutCurve curve = PayoutCurve.classic(0.5, 2, 1, 3);
		assertEquals(0.5, curve.factor(0.5));
		assertEquals(0.0, curve.factor(Math.nextDown(0.5)));
	}

	@Test
	void theAcceleratorStartsAtItsAboveValueWithoutAJump() {
		AnalysisResult rich = Engines.analyze(loader, TestFiles.fixture("org.salesengine.analysis.tests", "rich-plan.sales"));
		MeasurePay bookings = rich.pay().plans().get(0).measures().get(0);
		assertEquals(PayoutCurve.classic(0, 2, 1.2, Double.POSITIVE_INFINITY), bookings.curve());
		assertEquals(40_000.0, bookings.targetIncentive(), 1e-9);
		assertEquals(48_000.0, bookings.payout(1.2), 1e-9);
		assertEquals(56_000.0, bookings.payout(1.3), 1e-9);
		assertEquals(4.8, bookings.curve().factor(3.0), 1e-12);
	}

	@Test
	void withoutThresholdAcceleratorOrCapTheCurveIsLinear() {
		for (double attainment : new double[] { 0, 0.3, 1, 1.7, 5 }) {
			assertEquals(attainment, PayoutCurve.LINEAR.factor(attainment));
		}
	}

	@Test
	void acmePayoutTablesAtTheSixAttainments() {
		List<PayoutTable> tables = Engines.analyze(loader, TestFiles.example("acme.sales")).payoutTables();
		assertEquals(List.of("AcmeEmea.AEPlan", "AcmeEmea.SDRPlan", "AcmeEmea.AMPlan"), tables.stream().map(PayoutTable::plan).toList());
		assertEquals(List.of("NewARR", "WinRate"), tables.get(0).measures());
		assertEquals(List.of(
				"50% 28000 0 = 28000", "75% 42000 0 = 42000", "100% 56000 14000 = 70000",
				"125% 84000 17500 = 101500", "150% 112000 21000 = 133000", "200% 168000 21000 = 189000"), rows(tables.get(0)));
		assertEquals(List.of(
				"50% 10500 = 10500", "75% 15750 = 15750", "100% 21000 = 21000",
				"125% 28875 = 28875", "150% 36750 = 36750", "200% 42000 = 42000"), rows(tables.get(1)));
		assertEquals(List.of(
				"50% 13200 0 = 13200", "75% 19800 0 = 19800", "100% 26400 17600 = 44000",
				"125% 33000 22000 = 55000", "150% 39600 26400 = 66000", "200% 52800 26400 = 79200"), rows(tables.get(2)));
	}

	private static List<String> rows(PayoutTable table) {
		return table.rows().stream().map(row -> Math.round(row.attainment() * 100) + "%"
				+ row.payouts().stream().map(p -> " " + Math.round(p)).reduce("", String::concat)
				+ " = " + Math.round(row.total())).toList();
	}
}
