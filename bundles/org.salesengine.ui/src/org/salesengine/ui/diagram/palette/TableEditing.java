package org.salesengine.ui.diagram.palette;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.LinkType;
import org.salesengine.edit.Property;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableRow;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Editing through the tables of the Diagram view. A link cell (the alignment table's "KPI supports objective") is
 * toggled by a click with Ctrl, or from its context menu: it connects or disconnects. A setting's cell (a role's
 * headcount, a stage's conversion, a plan's OTE) is edited in place from its context menu or with a click with Ctrl;
 * Enter sets the property in the language's form (45k, 40%, 1.5x), and a value the converters cannot read is refused
 * with their message, changing nothing. An accountability cell's context menu lists what the role may own, be expected
 * to do, lead, attend or be paid by, checked where it is: unchecking disconnects, checking connects. Columns 0 and 1 of the widget are the row's name and display name.
 */
public final class TableEditing {
	private final org.eclipse.swt.widgets.Table widget;
	private final Supplier<Table> shown;
	private final DiagramEditing editing;
	private final TableEditor cellEditor;
	private Point menuCell;

	public TableEditing(org.eclipse.swt.widgets.Table widget, Supplier<Table> shown, DiagramEditing editing) {
		this.widget = widget;
		this.shown = shown;
		this.editing = editing;
		cellEditor = new TableEditor(widget);
		cellEditor.grabHorizontal = true;
		widget.addListener(SWT.MouseDown, this::mouseDown);
		Menu menu = new Menu(widget);
		menu.addListener(SWT.Show, e -> fill(menu));
		widget.addListener(SWT.MenuDetect, e -> menuCell = cellAt(widget.toControl(e.x, e.y)));
		widget.setMenu(menu);
	}

	/** What the cell's edit would be: "Disconnect NewARR supports NewLogos", "Edit headcount of AE", or null. */
	public String actionOf(int row, int column) {
		Table table = shown.get();
		if (table == null || row < 0 || row >= table.rows().size() || column < 1) {
			return null;
		}
		TableRow tableRow = table.rows().get(row);
		if (column == 1) {
			return "Edit display name of " + tableRow.label();
		}
		TableCell cell = tableRow.cells().get(column - 2);
		Optional<LinkType> link = linkOf(cell);
		if (link.isPresent()) {
			return (cell.linked() ? "Disconnect " : "Connect ") + nameOf(cell.elements().get(0)) + " " + link.get().word() + " " + tableRow.label();
		}
		if (!table.kind().cross() && property(cell).isPresent() && holder(tableRow, cell) != null) {
			return "Edit " + table.columns().get(column - 2).label() + " of " + nameOf(holder(tableRow, cell));
		}
		return null;
	}

	/** Connects or disconnects a link cell: the cell's element (a KPI) to the row's (an objective). */
	public CompletableFuture<EditResult> toggle(int row, int column) {
		Table table = shown.get();
		SalesEngineEditor editor = editing.editor();
		if (table == null || editor == null || column < 2) {
			return null;
		}
		TableRow tableRow = table.rows().get(row);
		TableCell cell = tableRow.cells().get(column - 2);
		LinkType link = linkOf(cell).orElse(null);
		String source = nameOf(cell.elements().get(0));
		String target = nameOf(tableRow.id());
		if (link == null || source == null || target == null) {
			return null;
		}
		return editing.run(editor, cell.linked() ? new EditOperation.Disconnect(link, source, target)
				: new EditOperation.Connect(link, source, target, null));
	}

	/** Opens the in-place editor on a setting's cell; the field is returned (tests type into it), or null. */
	public Text edit(int row, int column) {
		Table table = shown.get();
		if (actionOf(row, column) == null || !actionOf(row, column).startsWith("Edit ")) {
			return null;
		}
		TableRow tableRow = table.rows().get(row);
		TableItem item = widget.getItem(row);
		String holder;
		Property property;
		if (column == 1) {
			holder = tableRow.id();
			property = Property.DISPLAY_NAME;
		} else {
			TableCell cell = tableRow.cells().get(column - 2);
			holder = holder(tableRow, cell);
			property = property(cell).orElseThrow();
		}
		Text field = new Text(widget, SWT.SINGLE);
		String before = item.getText(column);
		field.setText(before);
		field.selectAll();
		field.addListener(SWT.DefaultSelection, e -> {
			String value = field.getText().strip();
			field.dispose();
			if (!value.equals(before)) {
				set(holder, property, value);
			}
		});
		field.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				field.dispose();
			}
		});
		field.addListener(SWT.FocusOut, e -> widget.getDisplay().asyncExec(() -> {
			if (!field.isDisposed()) {
				field.dispose();
			}
		}));
		cellEditor.setEditor(field, item, column);
		field.setFocus();
		return field;
	}

	private void set(String holder, Property property, String value) {
		SalesEngineEditor editor = editing.editor();
		String name = nameOf(holder);
		if (editor != null && name != null) {
			editing.run(editor, new EditOperation.SetProperty(name, property.word(), value.isEmpty() ? null : value));
		}
	}

	private void mouseDown(Event event) {
		if (event.button != 1 || (event.stateMask & SWT.MOD1) == 0) {
			return;
		}
		Point cell = cellAt(new Point(event.x, event.y));
		if (cell != null) {
			act(cell.x, cell.y);
		}
	}

	private void act(int row, int column) {
		String action = actionOf(row, column);
		if (action == null) {
			return;
		}
		if (action.startsWith("Edit ")) {
			edit(row, column);
		} else {
			toggle(row, column);
		}
	}

	private void fill(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		Point cell = menuCell;
		List<Listed> listed = cell == null ? List.of() : candidates(cell.x, cell.y);
		if (!listed.isEmpty()) {
			for (Listed candidate : listed) {
				MenuItem item = new MenuItem(menu, SWT.CHECK);
				item.setText(candidate.label());
				item.setSelection(candidate.linked());
				item.addListener(SWT.Selection, e -> toggleListed(cell.x, cell.y, candidate.id()));
			}
			return;
		}
		String action = cell == null ? null : actionOf(cell.x, cell.y);
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(action == null ? "This cell is not edited here" : action + (action.startsWith("Edit ") ? "…" : ""));
		item.setEnabled(action != null);
		item.addListener(SWT.Selection, e -> act(cell.x, cell.y));
	}

	/** An element an accountability cell may list, and whether it does. */
	public record Listed(String id, String label, boolean linked) {
	}

	/**
	 * The elements an accountability cell can list, each checked where it does: every stage for "stages owned",
	 * every ritual for "rituals led"; empty for any other cell.
	 */
	public List<Listed> candidates(int row, int column) {
		Table table = shown.get();
		AccountabilityLinks.Column links = table == null || table.kind() != TableKind.ACCOUNTABILITY || column < 2 ? null
				: AccountabilityLinks.of(table.columns().get(column - 2).label());
		if (links == null) {
			return List.of();
		}
		TableCell cell = table.rows().get(row).cells().get(column - 2);
		List<Listed> result = ShownElements.read(editing.editor(), whole -> links.candidates(whole).stream()
				.map(e -> new Listed(ElementIds.of(e), org.salesengine.edit.EngineEditor.nameOf(e), cell.elements().contains(ElementIds.of(e))))
				.toList());
		return result == null ? List.of() : result;
	}

	/** Connects the candidate to the row's role by the column's link, or disconnects it where the cell lists it. */
	public CompletableFuture<EditResult> toggleListed(int row, int column, String candidateId) {
		Table table = shown.get();
		Listed candidate = candidates(row, column).stream().filter(c -> c.id().equals(candidateId)).findFirst().orElse(null);
		String role = nameOf(table.rows().get(row).id());
		if (candidate == null || role == null) {
			return null;
		}
		LinkType link = AccountabilityLinks.of(table.columns().get(column - 2).label()).link();
		return editing.run(editing.editor(), candidate.linked() ? new EditOperation.Disconnect(link, candidate.label(), role)
				: new EditOperation.Connect(link, candidate.label(), role, null));
	}

	/** The row and column (x, y) of the widget's cell at a point, or null. */
	private Point cellAt(Point point) {
		TableItem item = widget.getItem(point);
		if (item == null) {
			return null;
		}
		for (int column = 0; column < widget.getColumnCount(); column++) {
			if (item.getBounds(column).contains(point)) {
				return new Point(widget.indexOf(item), column);
			}
		}
		return null;
	}

	private static Optional<LinkType> linkOf(TableCell cell) {
		if (cell.kind() != TableCell.Kind.LINK || cell.elements().isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LinkType.of(cell.property()));
		} catch (IllegalArgumentException notALink) {
			return Optional.empty();
		}
	}

	private static Optional<Property> property(TableCell cell) {
		return cell.kind() == TableCell.Kind.LINK ? Optional.empty() : Property.ofCell(cell.property());
	}

	/** The element whose setting the cell shows: the first the cell names, or the row's. */
	private static String holder(TableRow row, TableCell cell) {
		return cell.elements().isEmpty() ? row.id() : cell.elements().get(0);
	}

	private String nameOf(String id) {
		return ShownElements.read(editing.editor(), id, org.salesengine.edit.EngineEditor::nameOf);
	}
}
