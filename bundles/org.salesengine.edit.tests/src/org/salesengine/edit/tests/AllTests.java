package org.salesengine.edit.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Every test of the edit operations; tycho-surefire runs this suite (classes listed: no package scanning in OSGi). */
@Suite
@SelectClasses({
		CreateTest.class,
		RenameTest.class,
		ConnectTest.class,
		DeleteTest.class,
		SetPropertyTest.class, PutScenarioTest.class,
		PinEditTest.class, PaletteQueriesTest.class })
public class AllTests {
}
