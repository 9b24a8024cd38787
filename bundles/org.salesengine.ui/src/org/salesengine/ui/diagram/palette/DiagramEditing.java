package org.salesengine.ui.diagram.palette;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.edit.LinkType;
import org.salesengine.edit.Links;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.SalesProcess;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The diagram's editing: the palette's tools at work on the canvas (a click creates, two clicks connect), the direct
 * edit of a name (F2), and Delete. Every edit is an operation of the edit bundle, run by {@link EngineEdits} on the
 * followed editor's text; refusals go to the view's status line, never into an exception.
 */
public final class DiagramEditing {

	/** What the diagram view lends the editing: its editor, its selection, where a node is drawn, its status line. */
	public interface Host {
		SalesEngineEditor editor();

		/** The element outlined in the diagram (the editor's caret is in it), or null. */
		String selected();

		Optional<Rectangle> canvasBoundsOf(String elementId);

		IStatusLineManager statusLine();
	}

	private static volatile EditPrompts prompts = EditPrompts.DIALOGS;

	private final Host host;
	private final EngineEdits edits;
	private Palette palette;
	private PaletteTool tool = PaletteTool.SELECT;
	/** The element a connection starts from, between the two clicks. */
	private String source;
	private List<LinkType> offered = List.of();
	private volatile CompletableFuture<EditResult> lastEdit;
	private NameEditor nameEditor;
	private Canvas canvas;

	public DiagramEditing(Host host) {
		this.host = host;
		this.edits = new EngineEdits(this::report);
	}

	/** Replaces the dialogs (tests, automation); null restores them. */
	public static void usePrompts(EditPrompts replacement) {
		prompts = replacement == null ? EditPrompts.DIALOGS : replacement;
	}

	static EditPrompts prompts() {
		return prompts;
	}

	/**
	 * Listens to the canvas: Escape drops the tool; a context menu renames or deletes the selected element. F2 and
	 * Delete are the workbench's Rename and Delete commands, handled while the view is active.
	 */
	public void attach(Canvas target, IWorkbenchPartSite site) {
		canvas = target;
		nameEditor = new NameEditor(target, this);
		target.addListener(SWT.KeyDown, this::key);
		target.addListener(SWT.MouseDown, event -> target.setFocus());
		IHandlerService handlers = site.getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.FILE_RENAME, handler(() -> rename(host.selected())));
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_DELETE, handler(() -> delete(host.selected())));
		Menu menu = new Menu(target);
		MenuItem rename = new MenuItem(menu, SWT.PUSH);
		rename.setText("Rename\tF2");
		rename.addListener(SWT.Selection, e -> rename(host.selected()));
		MenuItem delete = new MenuItem(menu, SWT.PUSH);
		delete.setText("Delete\tDelete");
		delete.addListener(SWT.Selection, e -> delete(host.selected()));
		menu.addListener(SWT.Show, e -> {
			rename.setEnabled(host.selected() != null);
			delete.setEnabled(host.selected() != null);
		});
		target.setMenu(menu);
	}

	private static AbstractHandler handler(Runnable run) {
		return new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				run.run();
				return null;
			}
		};
	}

	/** The element a connection tool starts from, between its two clicks (the diagram outlines it), or null. */
	public String pendingSource() {
		return source;
	}

	void setPalette(Palette shown) {
		palette = shown;
	}

	public PaletteTool tool() {
		return tool;
	}

	/** Picks a tool (the palette's buttons call this); a connection half made is dropped. */
	public void choose(PaletteTool next) {
		tool = next;
		source = null;
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
		if (palette != null) {
			palette.showChosen(next);
		}
		if (next != PaletteTool.SELECT) {
			report(next.creates() ? (next.kind().needsParent() ? "Click the process the " + next.label().toLowerCase() + " goes in"
					: "Click the diagram to add a " + next.label()) : next.label() + ": click the source, then the target", false);
		}
	}

	/** Picks a tool by its id ("create kpi", "connect supports", "link"). */
	public void choose(String toolId) {
		choose(PaletteTool.all().stream().filter(t -> t.id().equals(toolId)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no tool " + toolId)));
	}

	/** The link kinds the last two clicks of a connection offered (those that fit the two elements). */
	public List<LinkType> offered() {
		return offered;
	}

	/** The last edit started, completed once its text is in the documents (or it is refused). */
	public CompletableFuture<EditResult> lastEdit() {
		return lastEdit;
	}

	public EngineEdits edits() {
		return edits;
	}

	/**
	 * A click on the canvas, on an element (its id) or on the background (null). True when a tool took it; with the
	 * select tool the diagram handles it (it selects the element in the text).
	 */
	public boolean clicked(String elementId) {
		if (tool == PaletteTool.SELECT) {
			return false;
		}
		SalesEngineEditor editor = host.editor();
		if (editor == null) {
			return true;
		}
		if (tool.creates()) {
			create(editor, elementId);
		} else if (elementId == null) {
			report("Click an element: " + tool.label() + " goes from one element to another", true);
		} else if (source == null) {
			source = elementId;
			canvas.redraw();
			report(tool.label() + " from " + name(editor, elementId) + ": now click the target (Esc cancels)", false);
		} else {
			String from = source;
			source = null;
			connect(editor, from, elementId);
		}
		return true;
	}

	private void create(SalesEngineEditor editor, String clicked) {
		PaletteTool creating = tool;
		if (!creating.kind().needsParent()) {
			choose(PaletteTool.SELECT);
			run(editor, new EditOperation.Create(creating.kind(), null, null, null, null));
			return;
		}
		String process = ShownElements.read(editor, clicked, e -> e instanceof SalesProcess ? EngineEditor.nameOf(e) : null);
		if (process == null) {
			report("Click the process the " + creating.label().toLowerCase() + " goes in", true);
			return;
		}
		choose(PaletteTool.SELECT);
		run(editor, new EditOperation.Create(creating.kind(), null, process, null, null));
	}

	private void connect(SalesEngineEditor editor, String from, String to) {
		record Ends(String source, String target, List<LinkType> valid) {
		}
		Ends ends = ShownElements.read(editor, whole -> {
			EObject a = ShownElements.find(whole, from);
			EObject b = ShownElements.find(whole, to);
			return a == null || b == null ? null : new Ends(EngineEditor.nameOf(a), EngineEditor.nameOf(b), Links.validBetween(a, b));
		});
		PaletteTool connecting = tool;
		choose(PaletteTool.SELECT);
		if (ends == null) {
			report("The element is no longer in the engine", true);
			return;
		}
		offered = ends.valid();
		LinkType link = connecting.drawnLink();
		Shell shell = editor.getSite().getShell();
		if (link == null) {
			if (offered.isEmpty()) {
				report("No link goes from " + ends.source() + " to " + ends.target(), true);
				return;
			}
			link = offered.size() == 1 ? offered.get(0) : prompts.chooseLink(shell, ends.source(), ends.target(), offered);
			if (link == null) {
				return;
			}
		}
		String weight = null;
		if (link == LinkType.MEASURE && offered.contains(LinkType.MEASURE)) {
			weight = prompts.weight(shell, ends.source(), ends.target());
			if (weight == null) {
				return;
			}
			weight = weight.isBlank() ? null : weight.strip();
		}
		// A link that does not fit is still asked for: the edit bundle refuses it and says why.
		run(editor, new EditOperation.Connect(link, ends.source(), ends.target(), weight));
	}

	/** F2: edits the element's name in place, over its box; Enter renames it everywhere in the engine. */
	public void rename(String elementId) {
		SalesEngineEditor editor = host.editor();
		String name = ShownElements.read(editor, elementId, e -> e instanceof NamedElement named ? named.getName() : null);
		if (name == null) {
			report(elementId == null ? "Select an element to rename" : "A measure is named by its KPI: rename the KPI", true);
			return;
		}
		Rectangle bounds = host.canvasBoundsOf(elementId).orElse(new Rectangle(10, 10, 160, 24));
		nameEditor.open(elementId, name, bounds);
	}

	/** The direct edit's Enter. */
	void renameTo(String elementId, String newName) {
		SalesEngineEditor editor = host.editor();
		String name = name(editor, elementId);
		if (name != null && !newName.isBlank()) {
			run(editor, new EditOperation.Rename(name, newName.strip()));
		}
	}

	/** The text field of the direct edit while it is open (for tests that type into it), else null. */
	public org.eclipse.swt.widgets.Text nameField() {
		return nameEditor == null ? null : nameEditor.field();
	}

	/** Deletes the element; when references would break, asks first and deletes them too when the user agrees. */
	public void delete(String elementId) {
		SalesEngineEditor editor = host.editor();
		String name = name(editor, elementId);
		if (name == null) {
			report("Select an element to delete", true);
			return;
		}
		run(editor, new EditOperation.Delete(name, false)).thenAccept(result -> {
			if (!result.applied() && !result.breakages().isEmpty()
					&& prompts.confirmDeletion(editor.getSite().getShell(), result.message(), result.breakages())) {
				run(editor, new EditOperation.Delete(name, true));
			}
		});
	}

	/** Runs an operation on the editor's engine; tables use it too. */
	CompletableFuture<EditResult> run(SalesEngineEditor editor, EditOperation operation) {
		CompletableFuture<EditResult> edit = edits.run(editor, operation);
		lastEdit = edit;
		return edit;
	}

	SalesEngineEditor editor() {
		return host.editor();
	}

	private void key(Event event) {
		if (event.keyCode == SWT.ESC) {
			choose(PaletteTool.SELECT);
			report("", false);
			canvas.redraw();
		}
	}

	private static String name(SalesEngineEditor editor, String elementId) {
		return ShownElements.read(editor, elementId, e -> e instanceof NamedElement || e instanceof Measure ? EngineEditor.nameOf(e) : null);
	}

	private void report(EditResult result) {
		report(result.message(), !result.applied());
	}

	void report(String message, boolean error) {
		IStatusLineManager line = host.statusLine();
		if (line == null) {
			return;
		}
		if (error) {
			line.setErrorMessage(message);
		} else {
			line.setErrorMessage(null);
			line.setMessage(message);
		}
	}
}
