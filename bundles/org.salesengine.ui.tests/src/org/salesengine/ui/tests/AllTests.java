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
		ScenarioHealthTest.class,
		StaleViewsTest.class,
		StageNamesTest.class,
		WizardTest.class,
		ExportTest.class,
		ScreenshotTest.class,
		ViewsUiTest.class,
		// Last: opening from the command line maximizes the window, which the tests above do not expect.
		OpenFolderTest.class })
public class AllTests {
}
