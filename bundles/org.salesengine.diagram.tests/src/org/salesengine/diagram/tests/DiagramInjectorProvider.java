package org.salesengine.diagram.tests;

import org.eclipse.xtext.testing.GlobalRegistries;
import org.eclipse.xtext.testing.GlobalRegistries.GlobalStateMemento;
import org.eclipse.xtext.testing.IInjectorProvider;
import org.eclipse.xtext.testing.IRegistryConfigurator;
import org.salesengine.dsl.SalesEngineRuntimeModule;
import org.salesengine.dsl.SalesEngineStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language's injector for tests of this fragment: the one Xtext generates lives in the language's test fragment,
 * which this one cannot see. Binds the class loader to this bundle's, which OSGi needs (Eclipse bug 493672).
 */
public class DiagramInjectorProvider implements IInjectorProvider, IRegistryConfigurator {
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
							return DiagramInjectorProvider.class.getClassLoader();
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
		if (injector == null) {
			getInjector();
		}
		stateAfterInjectorCreation.restoreGlobalState();
	}
}
