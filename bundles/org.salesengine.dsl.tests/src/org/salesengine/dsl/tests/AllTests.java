package org.salesengine.dsl.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Every test of the language bundle; tycho-surefire runs this suite. Classes are listed by hand: package scanning
 * does not see classes through OSGi bundle class loaders.
 */
@Suite
@SelectClasses({
		ParserTest.class,
		PlanConstructsTest.class,
		ValuesTest.class,
		ExamplesTest.class,
		RuleFixturesTest.class,
		RuleCatalogueTest.class,
		RuleSettingsTest.class,
		MultiFileTest.class,
		RoundTripTest.class,
		FormatterTest.class,
		RecoveryTest.class,
		SyntaxMessagesTest.class,
		ScopingTest.class,
		IncrementalEditTest.class,
		FunnelBindingTest.class,
		CausesTest.class,
		DefectCorpusTest.class })
public class AllTests {
}
