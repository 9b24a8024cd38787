package org.salesengine.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.markers.Markers;

/** Drives the running workbench: projects with engine files, editors, and waiting for the UI to settle. */
final class Ui {
	private Ui() {
	}

	/** A fresh project holding the given files (name, text). */
	static IProject project(String name, String... namesAndTexts) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			IFile file = project.getFile(namesAndTexts[i]);
			file.create(new ByteArrayInputStream(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8)), true, null);
			file.setCharset("UTF-8", null);
		}
		return project;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static SalesEngineEditor open(IFile file) throws Exception {
		SalesEngineEditor editor = (SalesEngineEditor) IDE.openEditor(page(), file, SalesEngineUi.EDITOR_ID, true);
		waitFor("the editor's first parse", () -> editor.model().latest() != null);
		return editor;
	}

	/** Processes UI events until the condition holds; fails after a generous limit so a broken feature cannot hang CI. */
	static void waitFor(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("gave up waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 50; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
		}
	}

	/** Waits until the project validator has written markers for the files as saved. */
	static List<IMarker> markers(IResource resource) throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		do {
			settle();
			SalesEngineUi.get().validator().join();
			settle();
		} while (SalesEngineUi.get().validator() != null && System.nanoTime() < deadline && busy());
		return Arrays.asList(resource.findMarkers(Markers.TYPE, false, IResource.DEPTH_INFINITE));
	}

	private static boolean busy() {
		return org.eclipse.core.runtime.jobs.Job.getJobManager().find(null).length > 0
				&& Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
						.anyMatch(j -> j.getName().equals("Checking sales engines"));
	}

	static void closeAll() {
		page().closeAllEditors(false);
		settle();
	}

	/** Copies what the shell shows into a PNG file (for a person to look at) and returns the pixels. */
	static org.eclipse.swt.graphics.ImageData screenshot(org.eclipse.swt.widgets.Shell shell, java.nio.file.Path out)
			throws java.io.IOException {
		org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width, area.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		org.eclipse.swt.graphics.ImageData data = image.getImageData();
		image.dispose();
		java.nio.file.Files.createDirectories(out.getParent());
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { data };
		loader.save(out.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		return data;
	}
}
