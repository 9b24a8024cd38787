package org.salesengine.cli.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Every test of the command line; tycho-surefire runs this suite (classes listed: no package scanning in OSGi). */
@Suite
@SelectClasses({
		CheckCommandTest.class,
		RuleOptionTest.class,
		ReportFormatsTest.class,
		BadInputTest.class,
		FormatCommandTest.class,
		AnalyzeCommandTest.class,
		RenderCommandTest.class,
		SlideRenderTest.class,
		TableCommandTest.class,
		CommittedExamplesTest.class,
		EditCommandTest.class,
		ViewsCommandTest.class,
		ReportCommandTest.class,
		CompareCommandTest.class,
		DiffCommandTest.class,
		PinsCommandTest.class, DataCommandsTest.class,
		ReadmeExamplesTest.class })
public class AllTests {
}
