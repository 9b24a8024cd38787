package org.salesengine.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ProjectFiles;

/**
 * `salesengine workbench [FILE|DIR]` passes the path as -Dsalesengine.open. The folder is linked into a workspace
 * project ("Engines") rather than made a project itself, so nothing (.project, .settings) is written into the
 * user's folder; the file, or the folder's first .sales file, opens in the editor.
 */
public class OpenFromCommandLine implements IStartup {
	public static final String PROJECT = "Engines";

	@Override
	public void earlyStartup() {
		String requested = System.getProperty("salesengine.open");
		if (requested == null || requested.isBlank()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			try {
				open(Path.of(requested).toAbsolutePath().normalize());
			} catch (CoreException | RuntimeException e) {
				SalesEngineUi.log("cannot open " + requested, e);
			}
		});
	}

	/** Links the path's folder into the workspace and opens the file (or the folder's first engine); returns the file. */
	public static IFile open(Path path) throws CoreException {
		Path folder = Files.isDirectory(path) ? path : path.getParent();
		IFolder linked = link(folder);
		IFile file = Files.isDirectory(path) ? ProjectFiles.salesFiles(linked).stream().findFirst().orElse(null)
				: linked.getFile(path.getFileName().toString());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		// Started from the command line to work on this engine: give it the whole screen.
		window.getShell().setMaximized(true);
		IWorkbenchPage page = window.getActivePage();
		PlatformUI.getWorkbench().showPerspective(SalesEngineUi.PERSPECTIVE_ID, window);
		if (file != null && file.exists()) {
			IDE.openEditor(page, file, SalesEngineUi.EDITOR_ID, true);
		}
		return file;
	}

	static IFolder link(Path folder) throws CoreException {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IProject project = root.getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IPath location = IPath.fromOSString(folder.toString());
		for (IResource member : project.members()) {
			if (member instanceof IFolder existing && location.equals(existing.getLocation())) {
				existing.refreshLocal(IResource.DEPTH_INFINITE, null);
				return existing;
			}
		}
		String name = folder.getFileName() == null ? "root" : folder.getFileName().toString();
		IFolder linked = project.getFolder(name);
		for (int i = 2; linked.exists(); i++) {
			linked = project.getFolder(name + "-" + i);
		}
		linked.createLink(location, IResource.NONE, null);
		return linked;
	}

}
