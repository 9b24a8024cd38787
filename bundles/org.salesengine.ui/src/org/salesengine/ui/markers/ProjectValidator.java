package org.salesengine.ui.markers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.ui.editor.ProjectFiles;

import com.google.inject.Injector;

/**
 * Validates every .sales file of a project together (an engine may span files) whenever one of them is added,
 * changed or removed, and writes the problem markers the Problems view shows. Runs as a job, never on the UI thread.
 *
 * <p>The plug-in's activator creates it and hands it the language's injector and the plug-in's log, so that the
 * validator does not reach back to the activator that holds it.
 */
public class ProjectValidator implements IResourceChangeListener {
	private final Set<IProject> pending = new LinkedHashSet<>();
	private final Job job = Job.create("Checking sales engines", this::run);
	private final Supplier<Injector> injector;
	private final ILog log;

	/** The injector is asked for on the first check, not before: creating it takes a while at start-up. */
	public ProjectValidator(Supplier<Injector> injector, ILog log) {
		this.injector = injector;
		this.log = log;
		job.setSystem(true);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IProject> touched = new LinkedHashSet<>();
		try {
			delta.accept(child -> {
				if (child.getResource().getType() == org.eclipse.core.resources.IResource.FILE
						&& "sales".equals(child.getResource().getFileExtension())
						&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
					touched.add(child.getResource().getProject());
				}
				return true;
			});
		} catch (CoreException e) {
			log.error("cannot read a workspace change", e);
		}
		touched.forEach(this::schedule);
	}

	public void validateWorkspace() {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen()) {
				schedule(project);
			}
		}
	}

	public void schedule(IProject project) {
		synchronized (pending) {
			pending.add(project);
		}
		job.schedule(200);
	}

	/** Waits until the markers reflect the files as saved (for tests and for actions that need fresh markers). */
	public void join() throws InterruptedException {
		job.join();
	}

	private IStatus run(IProgressMonitor monitor) {
		List<IProject> projects;
		synchronized (pending) {
			projects = new ArrayList<>(pending);
			pending.clear();
		}
		for (IProject project : projects) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				validate(project);
			} catch (CoreException | RuntimeException e) {
				log.error("cannot check the engines of " + project.getName(), e);
			}
		}
		return Status.OK_STATUS;
	}

	private void validate(IProject project) throws CoreException {
		if (!project.isAccessible()) {
			return;
		}
		Injector injector = this.injector.get();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Map<IFile, Resource> resources = new java.util.LinkedHashMap<>();
		for (IFile file : ProjectFiles.salesFiles(project)) {
			Resource resource = resourceSet.createResource(ProjectFiles.uri(file));
			try {
				resource.load(file.getContents(true), null);
			} catch (java.io.IOException | CoreException e) {
				continue;
			}
			resources.put(file, resource);
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		Map<IFile, List<Issue>> issues = new java.util.LinkedHashMap<>();
		resources.forEach((file, resource) -> issues.put(file,
				validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)));
		ResourcesPlugin.getWorkspace().run(monitor -> {
			for (Map.Entry<IFile, List<Issue>> entry : issues.entrySet()) {
				Markers.replace(entry.getKey(), entry.getValue());
			}
		}, project, 0, null);
	}
}
