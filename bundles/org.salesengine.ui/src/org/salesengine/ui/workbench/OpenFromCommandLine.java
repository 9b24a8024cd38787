package org.salesengine.ui.workbench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ProjectFiles;

/**
 * `salesengine workbench [FILE|DIR]` passes the path as -Dsalesengine.open. The folder becomes a workspace project of
 * its own that links to it ({@link FolderProjects}), so nothing (.project, .settings) is written into the user's
 * folder and engines of other folders stay out of its scope; the file, or the folder's first .sales file, opens in
 * the editor.
 */
public class OpenFromCommandLine implements IStartup {
	/** The product whose workspace (~/.salesengine/workspace) this class keeps; an Eclipse IDE's is the user's. */
	static final String WORKBENCH_PRODUCT = SalesEngineUi.PLUGIN_ID + ".product";

	@Override
	public void earlyStartup() {
		if (Platform.getProduct() != null && WORKBENCH_PRODUCT.equals(Platform.getProduct().getId())) {
			try {
				FolderProjects.cleanUp();
			} catch (CoreException | RuntimeException e) {
				SalesEngineUi.log("cannot drop the projects of folders that are gone", e);
			}
		}
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

	/** Opens the path's folder as its project and the file (or the folder's first engine) in the editor; returns the file. */
	public static IFile open(Path path) throws CoreException {
		Path folder = Files.isDirectory(path) ? path : path.getParent();
		IFolder content = FolderProjects.content(FolderProjects.projectFor(folder));
		IFile file = Files.isDirectory(path) ? ProjectFiles.salesFiles(content).stream().findFirst().orElse(null)
				: content.getFile(path.getFileName().toString());
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
}
