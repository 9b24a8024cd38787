package org.salesengine.table.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the table bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning does
 * not see classes through OSGi bundle class loaders.
 */
@Suite
@SelectClasses({
		AlignmentTableTest.class,
		AccountabilityTableTest.class,
		EditionTablesTest.class,
		TextTableWriterTest.class,
		CsvTableWriterTest.class,
		TableDrawingTest.class,
		IncompleteEngineTest.class,
		ViewsDocTest.class,
		ScenarioMarksTest.class,
		TableScenariosTest.class })
public class AllTests {
}
