package org.salesengine.testing;

import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.testing.IRegistryConfigurator;
import org.salesengine.dsl.SalesEngineRuntimeModule;
import org.salesengine.dsl.SalesEngineStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language's injector for tests outside the language bundle: the provider Xtext generates lives in the language's
 * own test fragment, which other fragments cannot see. The class loader is bound to this bundle's, which sees the
 * language bundle; under OSGi Xtext would otherwise look for the language's classes where they are not (Eclipse bug
 * 493672).
 */
public class LanguageInjectorProvider implements IInjectorProvider, IRegistryConfigurator {
	private GlobalStateMemento stateBeforeInjectorCreation;
	private GlobalStateMemento stateAfterInjectorCreation;
	private Injector injector;

	static {
		GlobalRegistries.initializeDefaults();
	}

	@Override
	public Injector getInjector() {
		if (injector == null) {
			injector = new SalesEngineStandaloneSetup() {
				@Override
				public Injector createInjector() {
					return Guice.createInjector(new SalesEngineRuntimeModule() {
						@Override
						public ClassLoader bindClassLoaderToInstance() {
							return LanguageInjectorProvider.class.getClassLoader();
						}
					});
				}
			}.createInjectorAndDoEMFRegistration();
			stateAfterInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
		}
		return injector;
	}

	@Override
	public void restoreRegistry() {
		stateBeforeInjectorCreation.restoreGlobalState();
		stateBeforeInjectorCreation = null;
	}

	@Override
	public void setupRegistry() {
		stateBeforeInjectorCreation = GlobalRegistries.makeCopyOfGlobalState();
		getInjector();
		stateAfterInjectorCreation.restoreGlobalState();
	}
}
