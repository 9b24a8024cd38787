package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.eclipse.ui.PlatformUI;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.health.HealthView;

/**
 * The live views survive typing: while the text has a syntax error they keep the last complete model, marked stale
 * with the error's line and column, and switch back as soon as the text parses again.
 */
class StaleViewsTest {
	private static final String TARGET = "revenue target 16M";

	private IProject project;
	private SalesEngineEditor editor;
	private DiagramView diagramView;
	private HealthView healthView;

	@BeforeEach
	void open() throws Exception {
		project = Ui.project("StaleViewsTest", "acme.sales", TestFiles.exampleText("acme.sales"));
		editor = Ui.open(project.getFile("acme.sales"));
		diagramView = (DiagramView) Ui.page().showView(DiagramView.ID);
		healthView = (HealthView) Ui.page().showView(HealthView.ID);
		Ui.page().activate(editor);
		Ui.waitFor("the engine map", () -> diagramView.diagram() != null);
		Ui.waitFor("the analysis", () -> healthView.result() != null && !healthView.headline().startsWith("Open"));
	}

	@AfterEach
	void close() throws Exception {
		Ui.page().hideView(diagramView);
		Ui.page().hideView(healthView);
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void aStrayCharacterKeepsTheLastCompleteModelMarkedStaleUntilItIsDeleted() throws Exception {
		Diagram complete = diagramView.diagram();
		AnalysisResult analysed = healthView.result();
		assertEquals(31, elements(complete), "acme's engine map: every element");
		assertNull(diagramView.staleMark());
		assertNull(healthView.staleMark());

		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int end = document.get().indexOf(TARGET) + TARGET.length();
		document.replace(end, 0, "x"); // 16Mx, line 7, the number at column 20
		String mark = "stale: syntax error at 7:20 (the last model that parsed)";
		Ui.waitFor("the diagram's stale mark", () -> mark.equals(diagramView.staleMark()));
		Ui.waitFor("the health view's stale mark", () -> mark.equals(healthView.staleMark()));
		assertSame(complete, diagramView.diagram(), "the last complete diagram stays on show");
		assertEquals(31, elements(diagramView.diagram()));
		assertSame(analysed, healthView.result(), "the last complete analysis stays on show");
		Ui.settle();
		Ui.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots/stale.png"));

		document.replace(end, 1, "");
		Ui.waitFor("the diagram back to normal", () -> diagramView.staleMark() == null && diagramView.diagram() != complete);
		Ui.waitFor("the health view back to normal", () -> healthView.staleMark() == null && healthView.result() != analysed);
		assertEquals(31, elements(diagramView.diagram()));
		assertNotSame(complete, diagramView.diagram(), "rebuilt from the text as it is now");
	}

	private static long elements(Diagram diagram) {
		return diagram.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).count();
	}
}
