package org.salesengine.ui.diagram;

import java.io.IOException;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Point;

/**
 * Dragging a box of the diagram view: pressing on an element's box and moving the mouse shows an outline where it
 * would go; releasing pins the box there (its top-left corner, in diagram coordinates, into the pin file) and lays
 * the diagram out again around it. Pressing anywhere else still pans. Compartments (the pillars, a process's
 * frame) are laid out from what they hold and are not dragged themselves.
 */
final class NodeDragging {
	/** Less than this many screen pixels of movement is a click, which selects the element instead. */
	private static final int CLICK_SLOP = 3;

	private DiagramNode dragged;
	private double startX;
	private double startY;
	private double dx;
	private double dy;
	private int screenMoves;
	private int pressX;
	private int pressY;

	/**
	 * Starts a drag when the point (in diagram coordinates; {@code screenX}, {@code screenY} on the canvas) is on an
	 * element's box; false leaves the press to panning.
	 */
	boolean press(Diagram diagram, double x, double y, int screenX, int screenY) {
		dragged = boxAt(diagram, x, y);
		startX = x;
		startY = y;
		pressX = screenX;
		pressY = screenY;
		dx = 0;
		dy = 0;
		screenMoves = 0;
		return dragged != null;
	}

	boolean isDragging() {
		return dragged != null;
	}

	/** Follows the mouse, in diagram and in canvas coordinates. */
	void move(double x, double y, int screenX, int screenY) {
		dx = x - startX;
		dy = y - startY;
		screenMoves = Math.max(screenMoves, Math.abs(screenX - pressX) + Math.abs(screenY - pressY));
	}

	/** The outline of where the box would be dropped, painted in diagram coordinates. */
	void paintOutline(GC gc) {
		if (dragged == null || screenMoves < CLICK_SLOP) {
			return;
		}
		Bounds at = dragged.bounds().translate(dx, dy);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setLineWidth(2);
		gc.drawRoundRectangle((int) Math.round(at.x()), (int) Math.round(at.y()), (int) Math.round(at.width()),
				(int) Math.round(at.height()), 10, 10);
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	/**
	 * Ends the drag. A real move pins the box where it was dropped, in whole pixels, and returns true; a click returns
	 * false and pins nothing, so the caller selects the element.
	 */
	boolean drop(ViewPins pins) throws IOException {
		DiagramNode node = dragged;
		dragged = null;
		if (node == null || screenMoves < CLICK_SLOP) {
			return false;
		}
		pins.pin(node.id(), new Point(Math.round(node.bounds().x() + dx), Math.round(node.bounds().y() + dy)));
		return true;
	}

	/** The innermost element box under the point; compartments and placeholders are not dragged. */
	private static DiagramNode boxAt(Diagram diagram, double x, double y) {
		List<DiagramNode> nodes = diagram.allNodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			DiagramNode node = nodes.get(i);
			Bounds box = node.bounds();
			if (node.kind() == NodeKind.ELEMENT && !node.elementId().isEmpty() && x >= box.x() && y >= box.y() && x <= box.right()
					&& y <= box.bottom()) {
				return node;
			}
		}
		return null;
	}
}
