package org.salesengine.ui.diagram;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.salesengine.diagram.style.Theme;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableRow;

/**
 * A table representation in the Diagram view: the same table model the command line writes, as an SWT table. A
 * double-click on a cell reveals the element the cell names (a KPI's cell, a plan in "paid by"), on a row's first
 * cells the row's element; a click on a column heading reveals the column's element.
 */
final class TablePane {
	/** A cell the shown scenario changed: the diagrams' scenario violet, on a wash of it. */
	private static final Color CHANGED_INK = new Color(Theme.SCENARIO.red(), Theme.SCENARIO.green(), Theme.SCENARIO.blue());
	private static final Color CHANGED_WASH = new Color(0xEF, 0xE6, 0xF7);

	private final org.eclipse.swt.widgets.Table widget;
	private final Consumer<String> reveal;
	private Table shown;

	TablePane(Composite parent, Consumer<String> reveal) {
		this.reveal = reveal;
		widget = new org.eclipse.swt.widgets.Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		widget.setHeaderVisible(true);
		widget.setLinesVisible(true);
		widget.addListener(SWT.MouseDoubleClick, this::doubleClick);
	}

	org.eclipse.swt.widgets.Table widget() {
		return widget;
	}

	Table shown() {
		return shown;
	}

	/** Shows the table: a column for the row's name and one for its display name, then the table's own columns. */
	void show(Table table) {
		shown = table;
		widget.setRedraw(false);
		try {
			widget.removeAll();
			for (TableColumn column : widget.getColumns()) {
				column.dispose();
			}
			column(table.kind().rowHeading(), null);
			column("display name", null);
			for (org.salesengine.table.model.TableColumn column : table.columns()) {
				column(column.label(), column.standsForElement() ? column.elements().get(0) : null);
			}
			for (TableRow row : table.rows()) {
				TableItem item = new TableItem(widget, SWT.NONE);
				item.setText(0, row.label());
				item.setText(1, row.detail() == null ? "" : row.detail());
				for (int i = 0; i < row.cells().size(); i++) {
					item.setText(i + 2, row.cells().get(i).text().replace('\n', ' '));
					if (table.scenario() != null && table.scenario().cell(row.id(), table.columns().get(i).id()).isPresent()) {
						// The text stays the value (an edit starts from it); the colours are the diagrams' changed violet.
						item.setBackground(i + 2, CHANGED_WASH);
						item.setForeground(i + 2, CHANGED_INK);
					}
				}
			}
			for (TableColumn column : widget.getColumns()) {
				column.pack();
			}
		} finally {
			widget.setRedraw(true);
		}
	}

	private void column(String heading, String elementId) {
		TableColumn column = new TableColumn(widget, SWT.LEFT);
		column.setText(heading);
		if (elementId != null) {
			column.addListener(SWT.Selection, e -> reveal.accept(elementId));
		}
	}

	/** The cells shown as changed by the scenario, as "row · column" (their labels), read from the widget's colours. */
	List<String> changedCells() {
		List<String> cells = new java.util.ArrayList<>();
		for (int r = 0; r < widget.getItemCount(); r++) {
			TableItem item = widget.getItem(r);
			for (int c = 2; c < widget.getColumnCount(); c++) {
				if (CHANGED_WASH.getRGB().equals(item.getBackground(c).getRGB())) {
					cells.add(item.getText(0) + " · " + widget.getColumn(c).getText());
				}
			}
		}
		return cells;
	}

	/** Selects the row of the element (the editor's caret is in it), if the table has one. */
	void selectRowOf(String elementId) {
		if (shown == null || elementId == null) {
			return;
		}
		List<TableRow> rows = shown.rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).id().equals(elementId)) {
				widget.setSelection(i);
				return;
			}
		}
	}

	private void doubleClick(Event event) {
		String id = elementAt(new Point(event.x, event.y));
		if (id != null) {
			reveal.accept(id);
		}
	}

	/** The element under a point of the table: the cell's element, else the column's, else the row's. */
	String elementAt(Point point) {
		TableItem item = widget.getItem(point);
		if (item == null || shown == null) {
			return null;
		}
		int rowIndex = widget.indexOf(item);
		for (int column = 0; column < widget.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				return elementOf(rowIndex, column);
			}
		}
		return null;
	}

	/** For a cell of the widget (columns 0 and 1 are the row's name and display name). */
	String elementOf(int rowIndex, int column) {
		TableRow row = shown.rows().get(rowIndex);
		if (column < 2) {
			return row.id();
		}
		TableCell cell = row.cells().get(column - 2);
		if (!cell.elements().isEmpty()) {
			return cell.elements().get(0);
		}
		org.salesengine.table.model.TableColumn heading = shown.columns().get(column - 2);
		return heading.standsForElement() ? heading.elements().get(0) : row.id();
	}
}
