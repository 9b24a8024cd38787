package org.salesengine.report.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the report bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning does
 * not see classes through OSGi bundle class loaders. BrowserPagesTest writes the pages the browser test opens.
 */
@Suite
@SelectClasses({
		ReportStructureTest.class,
		ReportFindingsTest.class,
		PayoutChartTest.class,
		PlanDocumentTest.class,
		EscapingTest.class,
		ReportPinsTest.class,
		MaturityAndAdviceTest.class,
		ChromiumPdfTest.class,
		BrowserPagesTest.class })
public class AllTests {
}
