package org.salesengine.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.markers.Markers;

/** Drives the running workbench: projects with engine files, editors, and waiting for the UI to settle. */
final class Ui {
	private Ui() {
	}

	/** A picture of the window as it is on screen, saved as PNG (for a person to look at); its pixels. */
	static ImageData screenshot(Shell shell, Path out) throws java.io.IOException {
		Rectangle area = shell.getBounds();
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		Files.createDirectories(out.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		return data;
	}

	/** A left click on the Diagram view's canvas at a point, as the mouse gives it: down, then up. */
	static void click(org.salesengine.ui.diagram.DiagramView view, org.eclipse.swt.graphics.Point point) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.x = point.x;
			event.y = point.y;
			event.button = 1;
			view.canvas().notifyListeners(type, event);
		}
	}

	/** The window at 1400 × 900 with the view maximized and its diagram fitted, saved as PNG; the view is restored. */
	static void screenshotOfView(org.eclipse.ui.IViewPart view, Runnable fit, Path out) throws java.io.IOException {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1400, 900);
		org.eclipse.ui.IWorkbenchPartReference part = page().getReference(view);
		page().setPartState(part, IWorkbenchPage.STATE_MAXIMIZED);
		settle();
		fit.run();
		settle();
		screenshot(shell, out);
		page().setPartState(part, IWorkbenchPage.STATE_RESTORED);
		settle();
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

	/** Shows the Diagram view beside the editor, which it then activates, and waits for the view's first layout. */
	static DiagramView showDiagramView(SalesEngineEditor editor) throws Exception {
		DiagramView view = (DiagramView) page().showView(DiagramView.ID);
		page().activate(editor);
		waitFor("the engine map", () -> view.diagram() != null && !view.isLayingOut());
		return view;
	}

	/**
	 * acme.sales in a project of its own, open in the editor with the Diagram view beside it: the set-up the diagram
	 * and table tests share. {@link #close()} hides the view, closes the editors and deletes the project.
	 */
	record OpenAcme(IProject project, SalesEngineEditor editor, DiagramView view) {
		static OpenAcme open(String projectName) throws Exception {
			IProject project = Ui.project(projectName, "acme.sales", org.salesengine.testing.TestFiles.exampleText("acme.sales"));
			SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
			return new OpenAcme(project, editor, showDiagramView(editor));
		}

		void close() throws Exception {
			page().hideView(view);
			closeAll();
			project.delete(true, true, null);
		}
	}
}
