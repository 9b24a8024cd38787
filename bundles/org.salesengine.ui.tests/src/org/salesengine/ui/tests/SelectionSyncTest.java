package org.salesengine.ui.tests;

import org.salesengine.model.engine.EngineSections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.model.Kpi;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.editor.SalesEngineEditor;

/** Selecting an element in the outline selects its name in the editor. */
class SelectionSyncTest {
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Ui.project("SelectionSyncTest", "acme.sales", TestFiles.exampleText("acme.sales"));
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void outlineSelectionSelectsTheElementInTheEditor() throws Exception {
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
		ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
		Ui.settle();
		TreeViewer tree = ((org.salesengine.ui.editor.EngineOutlinePage) outline.getCurrentPage()).getViewerForTests();
		Kpi winRate = editor.model().read(s -> EngineSections.kpis(s.engine()).stream().filter(k -> k.getName().equals("WinRate")).findFirst().orElseThrow());
		tree.setSelection(new StructuredSelection(winRate), true);
		Ui.settle();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("WinRate", selection.getText());
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertEquals(text.indexOf("kpi WinRate") + "kpi ".length(), selection.getOffset());
	}
}
