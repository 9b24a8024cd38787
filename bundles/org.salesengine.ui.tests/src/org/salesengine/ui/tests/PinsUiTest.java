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
 * Dragging a box of the engine map pins it: the pin file beside acme.sales gets its line, the map is laid out again
 * with the box where it was dropped, and it is still there after the view is closed and opened again, and in the
 * SVG export; "Arrange all" forgets it.
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
		org.eclipse.swt.graphics.Point grab = view.canvasPointOf(AE).orElseThrow();
		// Straight down by 120 screen pixels: at the view's zoom that is some diagram pixels lower, in the same column.
		drag(grab, new org.eclipse.swt.graphics.Point(grab.x, grab.y + 120));
		assertTrue(Files.exists(pinFile), "dropping a box writes the pin file");
		String text = Files.readString(pinFile);
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\[engine\\]\\nAcmeEmea\\.AE (-?\\d+) (-?\\d+)\\n").matcher(text);
		assertTrue(line.find(), text);
		Point pin = new Point(Double.parseDouble(line.group(1)), Double.parseDouble(line.group(2)));
		assertEquals(Math.round(before.x()), pin.x(), "a vertical drag keeps the box's x");
		assertTrue(pin.y() > before.y() + 100, "dropped lower: " + pin + " from " + before);
		Ui.waitFor("the map laid out around the pinned box",
				() -> view.diagram() != null && Math.abs(box(view.diagram(), AE).y() - pin.y()) < 0.01);
		Bounds dropped = box(view.diagram(), AE);
		// In its column (whose x ELK computes, a fraction from the rounded pin) and at the height it was dropped at.
		// Its x is its column's, which ELK places: within a column gap of the pin (the pillar grows around the box).
		assertTrue(Math.abs(pin.x() - dropped.x()) <= 12, "in its column: " + dropped + " for the pin " + pin);

		Ui.page().hideView(view);
		view = showView();
		assertEquals(dropped, box(view.diagram(), AE), "reopened, the box is where it was dropped");
		Path svg = Files.createTempDirectory("pins-export").resolve("map.svg");
		view.exportTo(svg, "svg");
		assertEquals(new Point(dropped.x(), dropped.y()), SvgBoxes.topLeft(Files.readString(svg), AE), "the SVG export has it there too");
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
		DiagramView shown = (DiagramView) Ui.page().showView(DiagramView.ID);
		Ui.page().activate(editor);
		Ui.waitFor("the engine map", () -> shown.diagram() != null && !shown.isLayingOut());
		return shown;
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
