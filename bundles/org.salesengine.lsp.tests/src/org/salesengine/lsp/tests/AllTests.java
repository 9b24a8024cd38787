package org.salesengine.lsp.tests;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Every language-server test; tycho-surefire runs this suite (classes listed: no package scanning in OSGi). */
@Suite
@SelectClasses({ LanguageServerProcessTest.class, EditorFeaturesTest.class, EngineRequestsTest.class, SocketServerTest.class,
		EngineRecheckTest.class })
public class AllTests {
}
