package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.SalesEngineUi;

/**
 * A screenshot of the whole workbench with acme and its engine map open, written to target/screenshots/ (the
 * README's picture is a copy of it). The test checks the picture is the window and not a blank or black frame.
 */
class ScreenshotTest {

	@Test
	void screenshotOfTheWorkbenchWithAcme() throws Exception {
		IProject project = Ui.project("Engines", "acme.sales", TestFiles.exampleText("acme.sales"));
		try {
			PlatformUI.getWorkbench().showPerspective(SalesEngineUi.PERSPECTIVE_ID, PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			Ui.page().resetPerspective();
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1600, 1000);
			org.salesengine.ui.editor.SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
			org.salesengine.ui.health.HealthView health = (org.salesengine.ui.health.HealthView) Ui.page()
					.showView(org.salesengine.ui.health.HealthView.ID);
			org.salesengine.ui.diagram.DiagramView diagram = (org.salesengine.ui.diagram.DiagramView) Ui.page()
					.showView(org.salesengine.ui.diagram.DiagramView.ID);
			Ui.page().activate(editor);
			Ui.markers(project);
			Ui.waitFor("the engine map", () -> diagram.diagram() != null);
			Ui.waitFor("the engine health", () -> health.result() != null);
			Ui.settle();
			diagram.fit();
			Ui.settle();
			assertEquals(org.salesengine.diagram.model.DiagramKind.ENGINE, diagram.diagram().kind());
			Path out = TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots/workbench.png");
			ImageData data = Ui.screenshot(shell, out);
			assertTrue(Files.size(out) > 20_000, "a real picture of the window");
			assertEquals(1600, data.width);
			assertTrue(distinctColours(data) > 20, "not a blank frame");
		} finally {
			Ui.closeAll();
			project.delete(true, true, null);
		}
	}

	private static int distinctColours(ImageData data) {
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < data.height; y += 7) {
			for (int x = 0; x < data.width; x += 7) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
