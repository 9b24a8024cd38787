package org.salesengine.ui.diagram.palette;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;

/**
 * The direct edit of a node's name: a text field over the node's box, holding the name. Enter renames; Escape or
 * leaving the field drops the edit.
 */
final class NameEditor {
	private final Canvas canvas;
	private final DiagramEditing editing;
	private Text field;

	NameEditor(Canvas canvas, DiagramEditing editing) {
		this.canvas = canvas;
		this.editing = editing;
	}

	Text field() {
		return field == null || field.isDisposed() ? null : field;
	}

	void open(String elementId, String name, Rectangle node) {
		close();
		Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE | SWT.CENTER);
		text.setText(name);
		int height = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		int width = Math.max(node.width, text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 40);
		text.setBounds(node.x + (node.width - width) / 2, node.y + (node.height - height) / 2, width, height);
		text.selectAll();
		text.addListener(SWT.DefaultSelection, e -> {
			String newName = text.getText();
			close();
			if (!newName.equals(name)) {
				editing.renameTo(elementId, newName);
			}
		});
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				close();
			}
		});
		text.addListener(SWT.FocusOut, e -> canvas.getDisplay().asyncExec(() -> {
			if (field == text) {
				close();
			}
		}));
		field = text;
		text.setFocus();
	}

	void close() {
		if (field != null && !field.isDisposed()) {
			Text closing = field;
			field = null;
			closing.dispose();
			canvas.setFocus();
		}
	}
}
