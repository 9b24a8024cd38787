package org.salesengine.ui.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The workbench tests, run by tycho-surefire in a real workbench under Xvfb. */
@Suite
@SelectClasses({
		EditorTest.class,
		EditingTest.class,
		SelectionSyncTest.class,
		DiagramViewTest.class,
		HealthViewTest.class,
		WizardTest.class,
		ScreenshotTest.class })
public class AllTests {
}
