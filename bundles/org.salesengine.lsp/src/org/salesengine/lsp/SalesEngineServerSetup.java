package org.salesengine.lsp;

import org.eclipse.xtext.util.Modules2;
import org.salesengine.dsl.SalesEngineRuntimeModule;
import org.salesengine.dsl.ide.SalesEngineIdeModule;
import org.salesengine.dsl.ide.SalesEngineIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language as the language server sees it: the IDE services plus what only a server binds (rename, code actions,
 * hover with the rules' rationale, the custom requests). Xtext's server finds it through
 * {@code META-INF/services/org.eclipse.xtext.ISetup}.
 */
public class SalesEngineServerSetup extends SalesEngineIdeSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(
				Modules2.mixin(new SalesEngineRuntimeModule(), new SalesEngineIdeModule(), new SalesEngineServerModule()));
	}
}
