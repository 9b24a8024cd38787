package org.salesengine.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.QualifiedName;
import org.salesengine.ui.SalesEngineUi;

/**
 * One workspace project for each folder opened from the command line. Names are scoped per project (the validator and
 * the editor see the .sales files of the file's project), so two folders holding copies of the same engine must not
 * share one. The project lives in the workspace area and holds a single linked folder that points at the user's
 * folder: a project located in the user's folder would write .project there.
 */
public final class FolderProjects {
	/** The folder a project was made for, absolute and normalized; it is how opening the folder again finds it. */
	static final QualifiedName FOLDER = new QualifiedName(SalesEngineUi.PLUGIN_ID, "folder");
	/** Before each folder had a project of its own, every opened folder was linked into this one. */
	static final String SHARED_PROJECT = "Engines";

	private FolderProjects() {
	}

	/** The folder's project, made on first use; its linked folder is refreshed, since the folder changed outside. */
	public static IProject projectFor(Path folder) throws CoreException {
		IProject project = find(folder);
		if (project == null) {
			project = create(folder);
		}
		IFolder content = content(project);
		if (!content.exists()) {
			// Someone deleted the link in the Project Explorer: the project is still this folder's.
			content.createLink(IPath.fromOSString(folder.toString()), IResource.NONE, null);
		}
		content.refreshLocal(IResource.DEPTH_INFINITE, null);
		return project;
	}

	/** The open project made for the folder, or null. */
	public static IProject find(Path folder) throws CoreException {
		for (IProject project : root().getProjects()) {
			if (folder.equals(folderOf(project))) {
				return project;
			}
		}
		return null;
	}

	/** The linked folder that shows the user's folder inside its project. */
	public static IFolder content(IProject project) throws CoreException {
		Path folder = folderOf(project);
		if (folder == null) {
			throw new IllegalArgumentException(project.getName() + " was not made for a folder");
		}
		return project.getFolder(linkName(folder));
	}

	/** The folder the project was made for, or null for any other project (or one that is closed). */
	public static Path folderOf(IProject project) throws CoreException {
		String folder = project.isOpen() ? project.getPersistentProperty(FOLDER) : null;
		return folder == null ? null : Path.of(folder);
	}

	/**
	 * Run at start: drops the projects whose folder no longer exists, and gives each folder linked into the old shared
	 * project a project of its own. Only links and workspace metadata go; nothing in any user folder is touched.
	 */
	public static void cleanUp() throws CoreException {
		ResourcesPlugin.getWorkspace().run(monitor -> {
			splitSharedProject(monitor);
			for (IProject project : root().getProjects()) {
				Path folder = folderOf(project);
				if (folder != null && !Files.isDirectory(folder)) {
					drop(project, monitor);
				}
			}
		}, root(), IWorkspace.AVOID_UPDATE, null);
	}

	private static IProject create(Path folder) throws CoreException {
		String name = projectName(folder);
		IProject project = root().getProject(name);
		for (int i = 2; isTaken(project); i++) {
			project = root().getProject(name + "-" + i);
		}
		IProject created = project;
		ResourcesPlugin.getWorkspace().run(monitor -> {
			created.create(monitor);
			created.open(monitor);
			created.setPersistentProperty(FOLDER, folder.toString());
			created.getFolder(linkName(folder)).createLink(IPath.fromOSString(folder.toString()), IResource.NONE, monitor);
		}, root(), IWorkspace.AVOID_UPDATE, null);
		return created;
	}

	/**
	 * A name is taken by a project, and also by a folder in the workspace area: one left by a project deleted without
	 * its content holds that project's .project, which a new project of the same name would take over, links and all.
	 */
	private static boolean isTaken(IProject project) {
		return project.exists() || root().getLocation().append(project.getName()).toFile().exists();
	}

	private static String projectName(Path folder) {
		String name = linkName(folder);
		return ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT).isOK() ? name : "engines";
	}

	private static String linkName(Path folder) {
		return folder.getFileName() == null ? "root" : folder.getFileName().toString();
	}

	private static void splitSharedProject(IProgressMonitor monitor) throws CoreException {
		IProject shared = root().getProject(SHARED_PROJECT);
		if (!shared.isOpen() || folderOf(shared) != null) {
			// Absent, closed, or the project of a folder that happens to be called Engines.
			return;
		}
		for (IResource member : shared.members()) {
			if (member instanceof IFolder link && link.isLinked() && link.getLocation() != null) {
				Path folder = link.getLocation().toPath();
				if (Files.isDirectory(folder)) {
					projectFor(folder);
				}
				// Deleting a link removes it from the workspace and leaves the folder it points at alone.
				link.delete(IResource.NONE, monitor);
			}
		}
		for (IResource member : shared.members()) {
			if (!member.getName().startsWith(".")) {
				// Files of the user's own (not linked) stay where they are, and so does the project.
				return;
			}
		}
		shared.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, monitor);
	}

	private static void drop(IProject project, IProgressMonitor monitor) throws CoreException {
		IFolder content = content(project);
		if (content.exists()) {
			// Removed from the saved description first, so the .project left in the workspace area links nothing.
			content.delete(IResource.FORCE, monitor);
		}
		project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, monitor);
	}

	private static IWorkspaceRoot root() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}
}
