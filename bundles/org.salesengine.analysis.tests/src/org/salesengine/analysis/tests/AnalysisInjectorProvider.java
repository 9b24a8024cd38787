package org.salesengine.analysis.tests;

import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.testing.IRegistryConfigurator;
import org.salesengine.dsl.SalesEngineRuntimeModule;
import org.salesengine.dsl.SalesEngineStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language's injector for these tests. The language's own provider lives in a fragment of the language bundle,
 * which this fragment cannot see; this is the same provider, with the class loader bound to this bundle's so that
 * Xtext finds its classes under OSGi.
 */
public class AnalysisInjectorProvider implements IInjectorProvider, IRegistryConfigurator {
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
							return AnalysisInjectorProvider.class.getClassLoader();
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
