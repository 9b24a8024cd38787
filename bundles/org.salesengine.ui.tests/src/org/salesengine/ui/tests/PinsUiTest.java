package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.Point;
import org.salesengine.testing.SvgBoxes;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Dragging a box of the engine map pins it: the pin file beside acme.sales gets its line (the drop point in diagram
 * pixels), the map is laid out again with the box exactly there, and it is still there after the view is closed and
 * opened again, and in the SVG export; "Arrange all" forgets it.
 */
class PinsUiTest {
	private static final String AE = "AcmeEmea.AE";
	private IProject project;
	private SalesEngineEditor editor;
	private DiagramView view;
	private Path pinFile;

	@BeforeEach
	void open() throws Exception {
		project = Ui.project("PinsUiTest", "acme.sales", TestFiles.exampleText("acme.sales"));
		pinFile = project.getFile("acme.pins").getLocation().toPath();
		editor = Ui.open(project.getFile("acme.sales"));
		view = showView();
	}

	@AfterEach
	void close() throws Exception {
		Ui.page().hideView(view);
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void aDraggedBoxStaysWhereItWasDroppedAfterReopeningAndInTheSvg() throws Exception {
		Bounds before = box(view.diagram(), AE);
		double zoom = zoom();
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf(AE).orElseThrow();
		// 30 screen pixels right and 120 down: off its column's x, which ELK alone would snap the box back to.
		drag(grab, new org.eclipse.swt.graphics.Point(grab.x + 30, grab.y + 120));
		assertTrue(Files.exists(pinFile), "dropping a box writes the pin file");
		String text = Files.readString(pinFile);
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\[engine\\]\\nAcmeEmea\\.AE (-?\\d+) (-?\\d+)\\n").matcher(text);
		assertTrue(line.find(), text);
		Point pin = new Point(Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)));
		// The drop point in diagram coordinates: the box's corner moved by the mouse's way divided by the zoom; the pin
		// is it in whole pixels.
		Point dropped = new Point(before.x() + 30 / zoom, before.y() + 120 / zoom);
		assertEquals(dropped.x(), pin.x(), 1, "the pin is where the box was dropped: " + pin + " for " + dropped);
		assertEquals(dropped.y(), pin.y(), 1, "the pin is where the box was dropped: " + pin + " for " + dropped);
		Ui.waitFor("the map laid out around the pinned box",
				() -> view.diagram() != null && !view.isLayingOut() && box(view.diagram(), AE).y() != before.y());
		Bounds laid = box(view.diagram(), AE);
		assertEquals(pin, new Point(laid.x(), laid.y()), "the box is exactly at its pin, in x and in y");

		Ui.page().hideView(view);
		view = showView();
		assertEquals(laid, box(view.diagram(), AE), "reopened, the box is where it was dropped");
		Path svg = Files.createTempDirectory("pins-export").resolve("map.svg");
		view.exportTo(svg, "svg");
		assertEquals(pin, SvgBoxes.topLeft(Files.readString(svg), AE), "the SVG export has it there too");
	}

	@Test
	void arrangeAllForgetsTheViewsPins() throws Exception {
		Bounds before = box(view.diagram(), AE);
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf(AE).orElseThrow();
		drag(grab, new org.eclipse.swt.graphics.Point(grab.x, grab.y + 120));
		Ui.waitFor("the pinned layout", () -> view.diagram() != null && box(view.diagram(), AE).y() > before.y() + 100);
		view.arrangeAll();
		Ui.waitFor("the map laid out afresh", () -> view.diagram() != null && box(view.diagram(), AE).equals(before));
		assertFalse(Files.readString(pinFile).contains("[engine]"), Files.readString(pinFile));
	}

	@Test
	void aClickIsNotADrag() throws Exception {
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf(AE).orElseThrow();
		drag(grab, new org.eclipse.swt.graphics.Point(grab.x + 1, grab.y + 1));
		assertFalse(Files.exists(pinFile), "a press and release on the spot selects, and pins nothing");
	}

	@Test
	void aRenamedBoxKeepsItsPinAndThePinFileIsNotOpenedAsAnEngine() throws Exception {
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf(AE).orElseThrow();
		drag(grab, new org.eclipse.swt.graphics.Point(grab.x, grab.y + 120));
		String pinned = Files.readString(pinFile);
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("AcmeEmea\\.AE (-?\\d+ -?\\d+)\\n").matcher(pinned);
		assertTrue(line.find(), pinned);

		view.editing().rename(AE);
		org.eclipse.swt.widgets.Text field = view.editing().nameField();
		field.setText("AccountExecutive");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		org.salesengine.edit.EditResult renamed = DiagramEditingTest.await(view.editing().lastEdit());
		assertTrue(renamed.applied(), renamed.message());
		Ui.settle();

		String after = Files.readString(pinFile);
		assertEquals(pinned.replace("AcmeEmea.AE " + line.group(1), "AcmeEmea.AccountExecutive " + line.group(1)), after,
				"the pin follows the new name, at the same place");
		assertEquals(1, Ui.page().getEditorReferences().length, "only acme.sales is open: the pin file is written on disk, not edited as an engine");
		assertTrue(editor.isDirty(), "the rename is in the editor, like typing");
	}

	@Test
	void withAConnectionToolAClickOnABoxPicksItsSource() throws Exception {
		view.editing().choose("connect supports");
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf("AcmeEmea.NewARR").orElseThrow();
		drag(grab, grab);
		assertEquals("AcmeEmea.NewARR", view.editing().pendingSource(), "the press went to the tool: NewARR is the link's source");
	}

	private DiagramView showView() throws Exception {
		return Ui.showDiagramView(editor);
	}

	/**
	 * The view's zoom, from where two boxes far apart are on the canvas: canvas pixels per diagram pixel. The canvas
	 * points are whole pixels, so over some 1500 diagram pixels it is good to a thousandth.
	 */
	private double zoom() {
		String left = "AcmeEmea.NewBusinessTeam";
		String right = "AcmeEmea.NewLogos";
		double screen = view.canvasPointOf(right).orElseThrow().x - view.canvasPointOf(left).orElseThrow().x;
		Bounds a = box(view.diagram(), left);
		Bounds b = box(view.diagram(), right);
		return screen / (b.centerX() - a.centerX());
	}

	private static Bounds box(Diagram diagram, String id) {
		return diagram.node(id).orElseThrow().bounds();
	}

	/** Press, move in steps and release, as a mouse does. */
	private void drag(org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to) {
		mouse(SWT.MouseDown, from);
		for (int step = 1; step <= 4; step++) {
			mouse(SWT.MouseMove, new org.eclipse.swt.graphics.Point(from.x + (to.x - from.x) * step / 4, from.y + (to.y - from.y) * step / 4));
		}
		mouse(SWT.MouseUp, to);
		Ui.settle();
	}

	private void mouse(int type, org.eclipse.swt.graphics.Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = type == SWT.MouseMove ? 0 : 1;
		view.canvas().notifyListeners(type, event);
	}
}
