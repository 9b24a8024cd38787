package org.salesengine.cli;

import org.salesengine.dsl.SalesEngineStandaloneSetup;

import com.google.inject.Injector;

/** The language's injector, created once per process: creating it is the costliest step of a cold start. */
public final class Language {
	private static Injector injector;

	private Language() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new SalesEngineStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
