package org.salesengine.analysis.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the analysis bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning
 * does not see classes through OSGi bundle class loaders.
 */
@Suite
@SelectClasses({
		FunnelBackSolveTest.class,
		FunnelSensitivityTest.class,
		CapacityTest.class,
		CapacityModelTest.class,
		CreditSimulationTest.class,
		PayAtTargetTest.class,
		PayoutCurveTest.class,
		PayoutSimulationTest.class,
		PlanTermsTest.class,
		HealthScoreTest.class,
		EngineAnalysisTest.class,
		ScenarioApplyTest.class })
public class AllTests {
}
