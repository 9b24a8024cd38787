package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.salesengine.diagram.build.PayoutCurve;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.model.Measure;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.Tier;

/** The payout curve of a measure, computed from its threshold, accelerator and cap. */
class PayoutCurveTest {

	@Test
	void acmeNewArrPaysNothingBelowHalfThenOneForOneThenDoubleUpToTheCap() {
		PayoutCurve curve = PayoutCurve.of(measure("0.5", "2", "1", "3"));
		assertEquals(0.0, curve.payoutAt(0.49), 1e-12);
		assertEquals(0.5, curve.payoutAt(0.5), 1e-12);
		assertEquals(0.8, curve.payoutAt(0.8), 1e-12);
		assertEquals(1.0, curve.payoutAt(1.0), 1e-12);
		assertEquals(2.0, curve.payoutAt(1.5), 1e-12);
		assertEquals(3.0, curve.payoutAt(2.0), 1e-12);
		assertEquals(3.0, curve.payoutAt(2.7), 1e-12);
		assertEquals(2.0, curve.capReachedAt(), 1e-12);
		assertEquals(2.3, curve.domainEnd(), 1e-12);
		assertPoints(List.of(new Point(0, 0), new Point(0.5, 0), new Point(0.5, 0.5), new Point(1, 1), new Point(2, 3), new Point(2.3, 3)),
				curve.points());
	}

	@Test
	void anAcceleratorCanStartAboveTarget() {
		PayoutCurve curve = PayoutCurve.of(measure(null, "1.5", "1.2", null));
		assertEquals(1.2, curve.payoutAt(1.2), 1e-12);
		assertEquals(1.2 + 1.5 * 0.3, curve.payoutAt(1.5), 1e-12);
		assertNull(curve.capReachedAt());
		assertPoints(List.of(new Point(0, 0), new Point(1.2, 1.2), new Point(1.5, 1.65)), curve.points());
	}

	@Test
	void withoutThresholdAcceleratorOrCapItIsTheDiagonal() {
		PayoutCurve curve = PayoutCurve.of(measure(null, null, null, null));
		assertPoints(List.of(new Point(0, 0), new Point(1.5, 1.5)), curve.points());
		assertEquals(1.5, curve.domainEnd(), 1e-12);
	}

	@Test
	void aCapBelowTheThresholdIsDrawnAsWritten() {
		// broken.sales: threshold 120%, cap 110%: nothing until 120%, then the cap at once.
		PayoutCurve curve = PayoutCurve.of(measure("1.2", null, null, "1.1"));
		assertEquals(0.0, curve.payoutAt(1.19), 1e-12);
		assertEquals(1.1, curve.payoutAt(1.2), 1e-12);
		assertPoints(List.of(new Point(0, 0), new Point(1.2, 0), new Point(1.2, 1.1), new Point(1.5, 1.1)), curve.points());
	}

	@Test
	void theSparklineIsTheCurveInTheUnitSquareWithGuidesAtOneHundredPercent() {
		Sparkline sparkline = PayoutCurve.of(measure("0.5", "2", "1", "3")).sparkline();
		List<Point> unit = sparkline.curve();
		assertEquals(6, unit.size());
		assertEquals(new Point(0, 0), unit.get(0));
		assertEquals(1.0, unit.get(5).x(), 1e-12);
		assertEquals(1.0, unit.get(5).y(), 1e-12, "the cap is the top of the chart");
		assertEquals(0.5 / 2.3, unit.get(1).x(), 1e-12);
		for (Point point : unit) {
			assertTrue(point.x() >= 0 && point.x() <= 1 && point.y() >= 0 && point.y() <= 1);
		}
		assertPoints(List.of(new Point(1 / 2.3, 0), new Point(1 / 2.3, 1)), sparkline.guides().get(0));
		assertPoints(List.of(new Point(0, 1 / 3.0), new Point(1, 1 / 3.0)), sparkline.guides().get(1));
	}

	@Test
	void aTieredCurveBendsAtEveryTierAndAtItsCap() {
		Measure measure = measure(null, null, null, "3");
		tier(measure, "0.5", null, "0.5");
		tier(measure, "1.5", "0.5", "1");
		tier(measure, "1.5", "1", "1.25");
		tier(measure, "2", "1.25", null);
		PayoutCurve curve = PayoutCurve.of(measure);
		// 0.5 × 50% = 0.25 at 50%; + 1.5 × 50% = 1 at 100%; 1.375 at 125%; 1.875 at 150%; the cap 3 at
		// 1.875 + 2 × (a − 1.5) = 3, a = 2.0625; the chart ends 30 points later.
		assertEquals(2.0625, curve.capReachedAt(), 1e-12);
		assertEquals(2.3625, curve.domainEnd(), 1e-12);
		// 100% lies on the straight 1.5x part from 50% to 125%, so it is not a bend of the polyline.
		assertPoints(List.of(new Point(0, 0), new Point(0.5, 0.25), new Point(1.25, 1.375), new Point(2.0625, 3),
				new Point(2.3625, 3)), curve.points());
	}

	private static void tier(Measure measure, String rate, String from, String to) {
		Tier tier = SalesEngineFactory.eINSTANCE.createTier();
		tier.setRate(new BigDecimal(rate));
		tier.setFrom(from == null ? null : new BigDecimal(from));
		tier.setTo(to == null ? null : new BigDecimal(to));
		measure.getTiers().add(tier);
	}

	private static void assertPoints(List<Point> expected, List<Point> actual) {
		assertEquals(expected.size(), actual.size(), "points: " + actual);
		for (int i = 0; i < expected.size(); i++) {
			assertEquals(expected.get(i).x(), actual.get(i).x(), 1e-9, "x of point " + i + " of " + actual);
			assertEquals(expected.get(i).y(), actual.get(i).y(), 1e-9, "y of point " + i + " of " + actual);
		}
	}

	private static Measure measure(String threshold, String accelerator, String above, String cap) {
		Measure measure = SalesEngineFactory.eINSTANCE.createMeasure();
		measure.setThreshold(threshold == null ? null : new BigDecimal(threshold));
		measure.setAccelerator(accelerator == null ? null : new BigDecimal(accelerator));
		measure.setAcceleratorAbove(above == null ? null : new BigDecimal(above));
		measure.setCap(cap == null ? null : new BigDecimal(cap));
		return measure;
	}
}
