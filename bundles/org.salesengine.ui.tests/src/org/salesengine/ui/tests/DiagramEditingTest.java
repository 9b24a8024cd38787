package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.LinkType;
import org.salesengine.table.model.Table;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.diagram.palette.DiagramEditing;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The Diagram view's palette, direct edit and Delete on acme in a running workbench, driven by the canvas's own
 * mouse and key events. Every expected text is the CLI's `salesengine edit` result for the same operation (the edit
 * bundle's tests check those): the workbench must write the same edits into the open document.
 */
class DiagramEditingTest {
	private static final Path SCREENSHOTS = TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots");
	private final FakePrompts prompts = new FakePrompts();
	private Ui.OpenAcme acme;
	private SalesEngineEditor editor;
	private DiagramView view;

	@BeforeEach
	void open() throws Exception {
		DiagramEditing.usePrompts(prompts);
		acme = Ui.OpenAcme.open("DiagramEditingTest");
		editor = acme.editor();
		view = acme.view();
	}

	@AfterEach
	void close() throws Exception {
		DiagramEditing.usePrompts(null);
		acme.close();
	}

	/**
	 * The KPI tool and a click on the diagram add `kpi Kpi1` after acme's last KPI (ExpansionPipeline); the supports
	 * tool from Kpi1 to Expansion opens its block on its line. The alignment table then marks Kpi1 × Expansion.
	 */
	@Test
	void aKpiFromThePaletteConnectedToAnObjective() throws Exception {
		String before = document().get();
		String last = "      unit currency leading target 10M supports Expansion owner AM\n    }\n";
		view.editing().choose("create kpi");
		clickAt(new Point(3, 3));
		EditResult created = await(view.editing().lastEdit());
		assertTrue(created.applied(), created.message());
		assertEquals(before.replace(last, last + "    kpi Kpi1\n"), document().get());
		assertEquals("select", view.editing().tool().id(), "the tool is used once");
		waitForNode("AcmeEmea.Kpi1");

		view.editing().choose("connect supports");
		click("AcmeEmea.Kpi1");
		screenshot("editing-palette.png");
		click("AcmeEmea.Expansion");
		EditResult connected = await(view.editing().lastEdit());
		assertTrue(connected.applied(), connected.message());
		assertEquals("connected supports from KPI Kpi1 to objective Expansion", connected.message());
		assertEquals(before.replace(last, last + "    kpi Kpi1 { supports Expansion }\n"), document().get());
		assertEquals(List.of(LinkType.SUPPORTS), view.editing().offered());

		view.showRepresentation("alignment");
		Ui.waitFor("the alignment table with Kpi1 × Expansion", () -> view.table() != null && !view.isLayingOut()
				&& view.table().cell("AcmeEmea.Expansion", "AcmeEmea.Kpi1").map(cell -> cell.linked()).orElse(false));
		Ui.settle();
		Table table = view.table();
		assertTrue(table.cell("AcmeEmea.Expansion", "AcmeEmea.Kpi1").orElseThrow().linked());
		assertFalse(table.cell("AcmeEmea.NewLogos", "AcmeEmea.Kpi1").orElseThrow().linked());
		int row = table.rows().indexOf(table.row("AcmeEmea.Expansion").orElseThrow());
		assertEquals("x", view.tableWidget().getItem(row).getText(table.columnIndex("AcmeEmea.Kpi1") + 2));
	}

	/** A link the two elements cannot have is refused with the edit bundle's message; the text stays. */
	@Test
	void aLinkThatDoesNotFitIsRefusedInTheStatusLine() throws Exception {
		String before = document().get();
		view.editing().choose("connect supports");
		click("AcmeEmea.AE");
		click("AcmeEmea.Expansion");
		EditResult refused = await(view.editing().lastEdit());
		assertFalse(refused.applied());
		assertEquals("the link supports goes from a KPI, not from role AE", refused.message());
		assertEquals(refused.message(), view.editing().edits().lastMessage());
		assertEquals(before, document().get());
	}

	/**
	 * "Link…" from NewBusinessTeam to AM offers what fits a team and a role that is neither its lead nor a member:
	 * members and lead. Members is chosen: AM joins the end of the list.
	 */
	@Test
	void theLinkToolOffersOnlyTheKindsThatFit() throws Exception {
		String before = document().get();
		prompts.link = LinkType.MEMBERS;
		view.editing().choose("link");
		click("AcmeEmea.NewBusinessTeam");
		click("AcmeEmea.AM");
		EditResult connected = await(view.editing().lastEdit());
		assertEquals(List.of(LinkType.MEMBERS, LinkType.LEAD), prompts.offered);
		assertEquals(List.of("link NewBusinessTeam to AM?"), prompts.asked);
		assertTrue(connected.applied(), connected.message());
		assertEquals(before.replace("lead Manager members SDR, AE covers MidMarket", "lead Manager members SDR, AE, AM covers MidMarket"),
				document().get());
	}

	/** A measure from AEPlan to Pipeline asks for its weight and goes after AEPlan's last measure. */
	@Test
	void aMeasureAsksForItsWeight() throws Exception {
		String before = document().get();
		prompts.weight = "10%";
		view.editing().choose("create measure");
		click("AcmeEmea.AEPlan");
		click("AcmeEmea.Pipeline");
		EditResult created = await(view.editing().lastEdit());
		assertTrue(created.applied(), created.message());
		assertEquals(List.of("weight of Pipeline in AEPlan?"), prompts.asked);
		String winRate = "      measure WinRate weight 20% { threshold 80% cap 150% }\n";
		assertEquals(before.replace(winRate, winRate + "      measure Pipeline weight 10%\n"), document().get());
	}

	/**
	 * Deleting SDR would leave three references pointing at nothing (acme.sales, as `salesengine edit delete SDR`
	 * lists them): the user is asked; declining changes nothing; agreeing deletes the role and those clauses in one
	 * step, which one undo takes back.
	 */
	@Test
	void deletingWithBreakagesAsksFirst() throws Exception {
		String before = document().get();
		selectInText("role SDR ", "AcmeEmea.SDR");
		key(SWT.DEL);
		Ui.waitFor("the question", () -> !prompts.asked.isEmpty());
		assertEquals(List.of("delete? deleting role SDR would leave 3 references pointing at nothing; nothing changed"
				+ " (force the deletion to remove them too)"), prompts.asked);
		assertEquals(List.of("31:31: stage NewBusiness.Lead: owner SDR is removed", "96:62: KPI MeetingsBooked: owner SDR is removed",
				"119:47: plan SDRPlan: for SDR is removed"),
				prompts.breakages.stream().map(b -> b.line() + ":" + b.column() + ": " + b.element() + ": " + b.consequence()).toList());
		Ui.settle();
		assertEquals(before, document().get(), "declined: nothing changed");

		prompts.deleteAnyway = true;
		// Now as the context menu's Delete does it, on the element outlined.
		view.editing().delete(view.highlighted());
		Ui.waitFor("the second question", () -> prompts.asked.size() == 2);
		EditResult forced = await(view.editing().lastEdit());
		assertTrue(forced.applied(), forced.message());
		String after = document().get();
		assertFalse(after.contains("role SDR"));
		assertTrue(after.contains("team NewBusinessTeam \"New business\" { lead Manager members AE covers MidMarket }\n"));
		assertTrue(after.contains("    plan SDRPlan \"Sales development plan\" {\n"));
		DocumentUndoManagerRegistry.getDocumentUndoManager(document()).undo();
		assertEquals(before, document().get(), "one undo restores the text");
	}

	/** F2 on a node opens its name in place; a taken name is refused with the rename's message. */
	@Test
	void directEditRefusesATakenName() throws Exception {
		String before = document().get();
		selectInText("role AE ", "AcmeEmea.AE");
		key(SWT.F2);
		Text field = view.editing().nameField();
		assertNotNull(field, "F2 opens the name in place");
		assertEquals("AE", field.getText());
		field.setText("AM");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		EditResult refused = await(view.editing().lastEdit());
		assertFalse(refused.applied());
		assertEquals("the name AM is taken by role AM (acme.sales:23)", refused.message());
		assertEquals(before, document().get());
	}

	private void selectInText(String text, String id) {
		editor.selectAndReveal(document().get().indexOf(text) + text.indexOf(' ') + 1, 0);
		Ui.waitFor("the caret in " + id, () -> id.equals(view.highlighted()));
	}

	/** A key pressed in the active Diagram view: F2 and Delete are the workbench's Rename and Delete commands. */
	private void key(int keyCode) {
		Ui.page().activate(view);
		Ui.settle();
		Event event = new Event();
		event.keyCode = keyCode;
		event.time = (int) System.currentTimeMillis();
		view.canvas().notifyListeners(SWT.KeyDown, event);
	}

	private void click(String id) {
		clickAt(view.canvasPointOf(id).orElseThrow(() -> new AssertionError("no node " + id)));
	}

	private void clickAt(Point point) {
		Ui.click(view, point);
	}

	private void waitForNode(String id) {
		Ui.waitFor("the node " + id, () -> !view.isLayingOut() && view.canvasPointOf(id).isPresent());
		Ui.settle();
	}

	static EditResult await(CompletableFuture<EditResult> edit) {
		assertNotNull(edit, "an edit was started");
		Ui.waitFor("the edit", edit::isDone);
		Ui.settle();
		return edit.getNow(null);
	}

	private void screenshot(String name) throws Exception {
		Ui.screenshotOfView(view, view::fit, SCREENSHOTS.resolve(name));
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
