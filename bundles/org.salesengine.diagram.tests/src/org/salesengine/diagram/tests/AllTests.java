package org.salesengine.diagram.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the diagram bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning
 * does not see classes through OSGi bundle class loaders.
 */
@Suite
@SelectClasses({
		PayoutCurveTest.class,
		EngineMapTest.class,
		PipelineDiagramTest.class,
		KpiTreeDiagramTest.class,
		PayDiagramTest.class,
		LayoutQualityTest.class,
		SvgOutputTest.class,
		PngOutputTest.class,
		DiagramsDocTest.class,
		ViewsTest.class,
		PinFileTest.class,
		PinnedLayoutTest.class })
public class AllTests {
}
