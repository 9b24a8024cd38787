package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.edit.EditResult;
import org.salesengine.table.model.Table;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;

/** Editing acme through the Diagram view's tables: a link cell toggles, a setting's cell is written back. */
class TableEditingTest {
	private Ui.OpenAcme acme;
	private SalesEngineEditor editor;
	private DiagramView view;

	@BeforeEach
	void open() throws Exception {
		acme = Ui.OpenAcme.open("TableEditingTest");
		editor = acme.editor();
		view = acme.view();
	}

	@AfterEach
	void close() throws Exception {
		acme.close();
	}

	/**
	 * alignment: NewARR supports NewLogos in acme, so its cell disconnects; `supports NewLogos` leaves NewARR's line
	 * (the CLI's `disconnect supports NewARR NewLogos`), the cell empties, and one undo gives back the exact bytes.
	 */
	@Test
	void togglingAnAlignmentCellDisconnectsAndUndoRestoresTheBytes() throws Exception {
		String before = document().get();
		show("alignment");
		Table table = view.table();
		int row = table.rows().indexOf(table.row("AcmeEmea.NewLogos").orElseThrow());
		int column = table.columnIndex("AcmeEmea.NewARR") + 2;
		assertEquals("Disconnect NewARR supports NewLogos", view.tableEditing().actionOf(row, column));
		EditResult result = DiagramEditingTest.await(view.tableEditing().toggle(row, column));
		assertTrue(result.applied(), result.message());
		assertEquals(before.replace("unit currency lagging target 12M supports NewLogos owner AE", "unit currency lagging target 12M owner AE"),
				document().get());
		Ui.waitFor("the cell emptied", () -> !view.isLayingOut() && view.table() != null
				&& !view.table().cell("AcmeEmea.NewLogos", "AcmeEmea.NewARR").orElseThrow().linked());

		DocumentUndoManagerRegistry.getDocumentUndoManager(document()).undo();
		assertEquals(before, document().get(), "byte-identical after one undo");
		Ui.waitFor("the cell marked again", () -> !view.isLayingOut() && view.table() != null
				&& view.table().cell("AcmeEmea.NewLogos", "AcmeEmea.NewARR").orElseThrow().linked());
	}

	/** roles: AE's headcount 12 becomes 14 in place; only that token changes. */
	@Test
	void editingARolesHeadcountSetsTheProperty() throws Exception {
		String before = document().get();
		show("roles");
		Text field = editCell("AcmeEmea.AE", "headcount", "Edit headcount of AE");
		assertEquals("12", field.getText());
		field.setText("14");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		EditResult result = DiagramEditingTest.await(view.editing().lastEdit());
		assertTrue(result.applied(), result.message());
		assertEquals(before.replace("role AE \"Account executive\" { headcount 12 ", "role AE \"Account executive\" { headcount 14 "),
				document().get());
		Ui.waitFor("the table showing 14", () -> !view.isLayingOut() && view.table() != null
				&& "14".equals(view.table().cell("AcmeEmea.AE", "headcount").orElseThrow().text()));
	}

	/** stages: a conversion of 45 (no percent sign) is refused with the value converter's message; nothing changes. */
	@Test
	void aBadValueIsRefusedWithTheConvertersMessage() throws Exception {
		String before = document().get();
		show("stages");
		Text field = editCell("AcmeEmea.Lead", "conversion", "Edit conversion of NewBusiness.Lead");
		assertEquals("40%", field.getText());
		field.setText("45");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		EditResult result = DiagramEditingTest.await(view.editing().lastEdit());
		assertFalse(result.applied());
		assertEquals("invalid conversion '45': expected a percentage such as 40%, not '45'", result.message());
		assertEquals(result.message(), view.editing().edits().lastMessage());
		assertEquals(before, document().get());
	}

	/**
	 * accountability: AM attends ForecastCall only (acme's `attended by AE, AM`); checking DealReview in the cell's
	 * list connects it (`attended by AE` becomes `attended by AE, AM`), and one undo takes it back.
	 */
	@Test
	void anAccountabilityCellConnectsTheElementChecked() throws Exception {
		String before = document().get();
		show("accountability");
		Table table = view.table();
		int row = table.rows().indexOf(table.row("AcmeEmea.AM").orElseThrow());
		int column = table.columnIndex("rituals attended") + 2;
		assertEquals(java.util.List.of("ForecastCall"), view.tableEditing().candidates(row, column).stream()
				.filter(c -> c.linked()).map(c -> c.label()).toList());
		EditResult result = DiagramEditingTest.await(view.tableEditing().toggleListed(row, column, "AcmeEmea.DealReview"));
		assertTrue(result.applied(), result.message());
		int ritual = before.indexOf("ritual DealReview");
		int attended = before.indexOf("      attended by AE\n", ritual);
		assertEquals(before.substring(0, attended) + "      attended by AE, AM\n" + before.substring(attended + "      attended by AE\n".length()),
				document().get());
		DocumentUndoManagerRegistry.getDocumentUndoManager(document()).undo();
		assertEquals(before, document().get());
	}

	private Text editCell(String rowId, String columnId, String action) {
		Table table = view.table();
		int row = table.rows().indexOf(table.row(rowId).orElseThrow());
		int column = table.columnIndex(columnId) + 2;
		assertEquals(action, view.tableEditing().actionOf(row, column));
		Text field = view.tableEditing().edit(row, column);
		assertNotNull(field);
		return field;
	}

	private void show(String representation) {
		view.showRepresentation(representation);
		Ui.waitFor("the " + representation + " table", () -> view.table() != null && !view.isLayingOut()
				&& view.table().kind().cliName().equals(representation));
		Ui.settle();
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
