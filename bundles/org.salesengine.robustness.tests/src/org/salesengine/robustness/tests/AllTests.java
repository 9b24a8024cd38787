package org.salesengine.robustness.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Every robustness test; tycho-surefire runs this suite (classes listed: no package scanning in OSGi). */
@Suite
@SelectClasses({
		GeneratorTest.class,
		FuzzTest.class,
		PathologicalInputTest.class,
		ScriptsAndEncodingsTest.class,
		FormatterRoundTripTest.class,
		AtomicWriteKillTest.class,
		ShadedJarTablesTest.class })
public class AllTests {
}
