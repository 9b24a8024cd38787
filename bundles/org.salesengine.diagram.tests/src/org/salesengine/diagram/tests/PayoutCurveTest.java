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
