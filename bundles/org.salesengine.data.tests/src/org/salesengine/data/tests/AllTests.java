package org.salesengine.data.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the data bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning does
 * not see classes through OSGi bundle class loaders.
 */
@Suite
@SelectClasses({
		SheetReaderTest.class,
		ImportTest.class,
		IntervalsTest.class,
		CalibrationTest.class,
		DataRuleFixturesTest.class })
public class AllTests {
}
