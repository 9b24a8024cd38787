package org.salesengine.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.salesengine.data.calibration.Interval;
import org.salesengine.data.calibration.Intervals;
import org.salesengine.data.calibration.Mean;

/** The two intervals against hand computations. */
class IntervalsTest {
	@Test
	void wilsonByHand() {
		// 30 of 100, z = 1.644854 (90%), z² = 2.705543: centre (0.3 + z²/200) / (1 + z²/100) = 0.3135277 / 1.0270554 = 0.3052686;
		// margin z·√(0.3·0.7/100 + z²/40000) / 1.0270554 = 1.644854 · 0.0465486 / 1.0270554 = 0.0745637: 23.07% to 37.98%.
		Interval interval = Intervals.wilson(30, 100);
		assertEquals(0.230705, interval.low(), 1e-6);
		assertEquals(0.379832, interval.high(), 1e-6);
		assertEquals("Wilson", interval.method());
		// 0 of 10 stays inside 0..1: centre = (z²/20) / (1 + z²/10) = 0.135277 / 1.270554 = 0.106471, and the margin
		// z·√(z²/400) / 1.270554 = z² / 20 / 1.270554 is the same: 0 to 0.212942.
		assertEquals(0, Intervals.wilson(0, 10).low(), 1e-12);
		assertEquals(0.212942, Intervals.wilson(0, 10).high(), 1e-6);
		assertNull(Intervals.wilson(0, 0));
	}

	@Test
	void studentsTByHand() {
		// 1, 2, 3, 4, 5: mean 3, s² = 10/4 = 2.5, s/√5 = 0.7071068; t(0.95, 4) = 2.131847 (tables):
		// margin 1.507443, so 1.492557 to 4.507443.
		Mean mean = new Mean();
		for (int value = 1; value <= 5; value++) {
			mean.add(value);
		}
		Interval interval = Intervals.t(mean);
		assertEquals(3, mean.mean(), 1e-12);
		assertEquals(2.5, mean.variance(), 1e-12);
		assertEquals(1.492557, interval.low(), 1e-6);
		assertEquals(4.507443, interval.high(), 1e-6);
		Mean one = new Mean();
		one.add(7);
		assertNull(Intervals.t(one), "one value has no spread to speak of");
	}
}
