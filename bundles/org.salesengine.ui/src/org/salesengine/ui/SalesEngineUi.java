package org.salesengine.ui;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.salesengine.dsl.ide.SalesEngineIdeSetup;
import org.salesengine.ui.markers.ProjectValidator;

import com.google.inject.Injector;

/**
 * The workbench plug-in. Holds the language's injector (the IDE services of org.salesengine.dsl.ide, the same ones a
 * language server would use) and keeps problem markers in step with the .sales files of the workspace.
 */
public class SalesEngineUi extends AbstractUIPlugin {
	public static final String PLUGIN_ID = "org.salesengine.ui";
	public static final String EDITOR_ID = "org.salesengine.ui.editor";
	public static final String PERSPECTIVE_ID = "org.salesengine.ui.perspective";

	private static SalesEngineUi instance;
	private Injector injector;
	private ProjectValidator validator;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		validator = new ProjectValidator(this::injector, getLog());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(validator, IResourceChangeEvent.POST_CHANGE);
		validator.validateWorkspace();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (validator != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(validator);
		}
		instance = null;
		super.stop(context);
	}

	public static SalesEngineUi get() {
		return instance;
	}

	public synchronized Injector injector() {
		if (injector == null) {
			injector = new SalesEngineIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public ProjectValidator validator() {
		return validator;
	}

	public static void log(String message, Throwable problem) {
		ILog.of(SalesEngineUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, problem));
	}
}
