package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.salesengine.ui.editor.EngineOutlinePage;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.table.model.Table;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The Diagram view's representations and views in a running workbench: layer toggles, a focus on the caret's
 * element, a table whose cells open their element, and "Save as view..." into the text. AE's depth-1 set on acme is
 * derived in the diagram bundle's ViewsTest: NewBusinessTeam, NewARR, Pipeline, AEPlan and MultiYear.
 */
class ViewsUiTest {
	private static final Path SCREENSHOTS = TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots");
	private Ui.OpenAcme acme;
	private IProject project;
	private SalesEngineEditor editor;
	private DiagramView view;

	@BeforeEach
	void open() throws Exception {
		acme = Ui.OpenAcme.open("ViewsUiTest");
		project = acme.project();
		editor = acme.editor();
		view = acme.view();
	}

	@AfterEach
	void close() throws Exception {
		acme.close();
	}

	@Test
	void theChooserListsDiagramsAndTables() {
		assertEquals(List.of("engine", "pipeline", "kpis", "pay", "alignment", "kpi-governance", "accountability", "roles", "kpi-table",
				"stages"), view.chooserItems());
	}

	/** Hiding the strategy layer leaves out acme's 2 objectives and 2 segments, and the Strategy compartment. */
	@Test
	void togglingALayerRedrawsWithoutIt() {
		view.setLayer("strategy", false);
		Ui.waitFor("the map without strategy", () -> view.diagram() != null && !view.isLayingOut()
				&& view.diagram().nodes().stream().noneMatch(n -> n.id().equals("pillar-strategy")));
		assertEquals(List.of("shows structure, culture, metrics, compensation", "leaves out 4 elements: 4 in hidden layers"), viewLines());
		view.setLayer("strategy", true);
		Ui.waitFor("the whole map again", () -> view.diagram() != null && !view.isLayingOut() && viewLines().isEmpty());
		assertEquals(31, elements().size());
	}

	@Test
	void focusOnTheSelectionShowsWhatIsWithinTheDepth() throws Exception {
		editor.selectAndReveal(document().get().indexOf("role AE ") + "role ".length(), 0);
		Ui.waitFor("the caret in AE", () -> "AcmeEmea.AE".equals(view.caretElement()));
		view.setDepth(1);
		view.focusOnSelection();
		Ui.waitFor("the focused map", () -> !view.isLayingOut() && !view.settings().focus().isEmpty());
		assertEquals(new TreeSet<>(List.of("AcmeEmea.AE", "AcmeEmea.NewBusinessTeam", "AcmeEmea.NewARR", "AcmeEmea.Pipeline", "AcmeEmea.AEPlan",
				"AcmeEmea.MultiYear")), elements());
		assertEquals(List.of("focus AE, depth 1", "leaves out 25 elements: 25 beyond depth 1"), viewLines());

		view.setDepth(2);
		Ui.waitFor("depth 2", () -> !view.isLayingOut() && view.settings().depth() == 2);
		assertEquals(14, elements().size());
		view.colorBy("severity");
		Ui.waitFor("coloured by severity", () -> !view.isLayingOut() && "severity".equals(view.settings().colorBy()));
		screenshot("views-focus.png");
	}

	/** alignment of acme: the NewLogos row's NewARR cell marks that NewARR supports NewLogos; it opens NewARR. */
	@Test
	void aTableShowsInTheViewAndADoubleClickOnACellRevealsItsElement() throws Exception {
		view.showRepresentation("alignment");
		Ui.waitFor("the alignment table", () -> view.table() != null && !view.isLayingOut());
		Ui.settle();
		assertNull(view.diagram());
		Table table = view.table();
		org.eclipse.swt.widgets.Table widget = view.tableWidget();
		assertEquals(table.rows().size(), widget.getItemCount());
		int row = indexOfRow(table, "AcmeEmea.NewLogos");
		int column = table.columnIndex(table.columns().stream().filter(c -> c.elements().contains("AcmeEmea.NewARR")).findFirst().orElseThrow().id()) + 2;
		TableItem item = widget.getItem(row);
		assertEquals("NewLogos", item.getText(0));
		assertEquals("x", item.getText(column));
		Rectangle cell = item.getBounds(column);
		Event doubleClick = new Event();
		doubleClick.x = cell.x + cell.width / 2;
		doubleClick.y = cell.y + cell.height / 2;
		doubleClick.button = 1;
		widget.notifyListeners(SWT.MouseDoubleClick, doubleClick);
		// The editor's selection follows once the display has run the reveal's UI work (it failed once, read at once).
		Ui.waitFor("NewARR selected in the editor",
				() -> "NewARR".equals(((ITextSelection) editor.getSelectionProvider().getSelection()).getText()));
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals("NewARR", selection.getText());
		assertEquals(document().get().indexOf("kpi NewARR") + "kpi ".length(), selection.getOffset());

		// And back: the caret in an objective selects its row.
		editor.selectAndReveal(document().get().indexOf("objective Expansion") + "objective ".length(), 0);
		Ui.waitFor("the Expansion row selected", () -> widget.getSelectionIndex() == indexOfRow(table, "AcmeEmea.Expansion"));
		screenshot("views-alignment-table.png");
	}

	/**
	 * acme has no views section: one is added before the engine's closing brace, formatted as the formatter writes
	 * it; everything else (comments included) is unchanged, and one undo takes it out again.
	 */
	@Test
	void saveAsViewWritesTheViewIntoTheTextAsOneUndoableInsertion() throws Exception {
		String before = document().get();
		assertTrue(before.contains("// "), "acme has comments that must survive");
		view.setLayer("strategy", false);
		Ui.waitFor("the map without strategy", () -> !view.isLayingOut() && !view.settings().layers().isEmpty());
		editor.selectAndReveal(before.indexOf("role AE ") + "role ".length(), 0);
		Ui.waitFor("the caret in AE", () -> "AcmeEmea.AE".equals(view.caretElement()));
		view.setDepth(2);
		view.focusOnSelection();
		Ui.waitFor("the focused map", () -> !view.isLayingOut() && !view.settings().focus().isEmpty());

		assertTrue(view.saveAsView("Workshop", "AE line of sight"));
		int at = before.lastIndexOf("\n}") + 1;
		String section = """

				  views {
				    view Workshop "AE line of sight" {
				      diagram engine
				      focus AE depth 2
				      show structure, culture, metrics, compensation
				    }
				  }
				""";
		assertEquals(before.substring(0, at) + section + before.substring(at), document().get());
		Ui.waitFor("the saved view in the chooser", () -> view.chooserItems().contains("view Workshop") && !view.isLayingOut()
				&& "Workshop".equals(view.settings().name()));
		assertEquals(Set.of("structure", "culture", "metrics", "compensation"), view.settings().layers());

		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document());
		undo.undo();
		assertEquals(before, document().get());
	}

	/**
	 * northwind's five saved views: the chooser lists them after the diagrams and tables, choosing one shows it with
	 * its settings (AeLineOfSight hides teams and colours by severity), and the outline has a Views group.
	 */
	@Test
	void theSavedViewsOfAnEngineAreInTheChooserAndTheOutline() throws Exception {
		IProject northwind = Ui.project("ViewsUiNorthwind", "northwind.sales", TestFiles.exampleText("northwind.sales"));
		try {
			SalesEngineEditor other = Ui.open(northwind.getFile("northwind.sales"));
			Ui.page().activate(other);
			Ui.waitFor("the saved views", () -> view.savedViews().size() == 5 && view.chooserItems().size() == 15);
			assertEquals(List.of("view AeLineOfSight", "view ManagerFloor", "view PayOnly", "view Signals", "view Alignment"),
					view.chooserItems().subList(10, 15));
			view.showSavedView("AeLineOfSight");
			Ui.waitFor("AeLineOfSight", () -> !view.isLayingOut() && "AeLineOfSight".equals(view.settings().name()) && view.diagram() != null);
			assertEquals(Set.of("team"), view.settings().hidden());
			assertEquals("severity", view.settings().colorBy());
			assertTrue(view.diagram().allNodes().stream().noneMatch(n -> n.kind() == NodeKind.ELEMENT && n.elementId().endsWith("Team")));

			ContentOutline outline = (ContentOutline) Ui.page().showView(IPageLayout.ID_OUTLINE);
			Ui.settle();
			TreeViewer tree = ((EngineOutlinePage) outline.getCurrentPage()).getViewerForTests();
			tree.expandAll();
			TreeItem views = Arrays.stream(tree.getTree().getItems()).filter(item -> item.getText().equals("Views")).findFirst().orElseThrow();
			assertEquals(5, views.getItemCount());
			assertTrue(views.getItem(0).getText().startsWith("view AeLineOfSight"), views.getItem(0).getText());
		} finally {
			Ui.closeAll();
			northwind.delete(true, true, null);
		}
	}

	private void screenshot(String name) throws Exception {
		Ui.screenshotOfView(view, view::fit, SCREENSHOTS.resolve(name));
	}

	private static int indexOfRow(Table table, String id) {
		for (int i = 0; i < table.rows().size(); i++) {
			if (table.rows().get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private Set<String> elements() {
		Set<String> result = new TreeSet<>();
		view.diagram().allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).map(DiagramNode::elementId).forEach(result::add);
		return result;
	}

	private List<String> viewLines() {
		return view.diagram().header().stream().skip(2).map(DiagramLabel::text).toList();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
