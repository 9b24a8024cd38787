package org.salesengine.ui.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CaretListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.salesengine.ui.diagram.palette.DiagramEditing;
import org.salesengine.ui.diagram.palette.Palette;
import org.salesengine.ui.diagram.palette.PaletteTool;
import org.salesengine.ui.diagram.palette.TableEditing;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.paint.DiagramPainter;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Theme;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.table.model.Table;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ActiveEngineEditor;
import org.salesengine.ui.editor.EngineDocumentModel;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The live diagram of the active engine editor: the same laid-out diagram the CLI exports, painted with SWT. It
 * follows typing (rebuilt off the UI thread after each reconcile, with an indicator while the layout runs), zooms,
 * pans and fits; a click selects the element in the editor, and the caret's element is outlined in the diagram.
 * The chooser also offers the tables (shown as an SWT table) and the engine's saved views; layers, filters, a focus
 * and a colouring cut any of them down ({@link ViewControls}), and "Save as view..." writes the cut into the text.
 */
public class DiagramView extends ViewPart {
	public static final String ID = "org.salesengine.ui.diagram";
	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 4;
	private static final Color STALE_BACKGROUND = new Color(255, 236, 179);
	private static final Color STALE_TEXT = new Color(140, 20, 20);

	private final Map<String, Font> fonts = new HashMap<>();
	private final DiagramPainter painter = new DiagramPainter(Theme.DEFAULT);
	private final CaretListener onCaret = event -> followCaret();
	private final Job builder = Job.create("Laying out the diagram", monitor -> {
		try {
			buildNow();
		} finally {
			layingOut = false;
			showIndicator();
		}
		return Status.OK_STATUS;
	});

	private Canvas canvas;
	private Combo chooser;
	private Label status;
	private ActiveEngineEditor tracker;
	private volatile SalesEngineEditor editor;
	private volatile Diagram diagram;
	/** Set while the text has a syntax error and the diagram shows the last model that parsed. */
	private volatile EngineDocumentModel.SyntaxError stale;
	/** The editor model the diagram on show was built from: a stale diagram is only ever kept for the same one. */
	private volatile EngineDocumentModel shownModel;
	/** What is asked for; {@link #shownRequest} is what the representation on show was built for. */
	private volatile ViewRequest request = ViewRequest.DEFAULT;
	private volatile ViewRequest shownRequest;
	private volatile ViewSettings shownSettings = ViewSettings.NONE;
	private volatile List<String> savedViews = List.of();
	private volatile Table table;
	private volatile boolean layingOut;
	private Composite stack;
	private StackLayout stackLayout;
	private TablePane tablePane;
	private DiagramEditing editing;
	private TableEditing tableEditing;
	private ProgressBar indicator;
	private ViewControls controls;
	private String highlighted;
	/** The element the editor's caret is in, for "Focus on selection". */
	private volatile String caretElement;
	private double zoom = 1;
	private double panX;
	private double panY;
	private boolean fitOnNextDiagram = true;
	private int dragX = -1;
	private int dragY = -1;
	private boolean dragged;
	private final NodeDragging nodeDragging = new NodeDragging();
	/** The pins the diagram on show was laid out with, and where they are kept. */
	private volatile ViewPins pins = ViewPins.NONE;

	@Override
	public void createPartControl(Composite parent) {
		builder.setSystem(true);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(5, false);
		layout.marginWidth = 4;
		layout.marginHeight = 2;
		body.setLayout(layout);
		chooser = new Combo(body, SWT.READ_ONLY);
		fillChooser();
		chooser.addListener(SWT.Selection, e -> choose(chooser.getSelectionIndex()));
		controls = new ViewControls(this);
		controls.createDepth(body);
		indicator = new ProgressBar(body, SWT.INDETERMINATE);
		indicator.setLayoutData(new GridData(60, SWT.DEFAULT));
		indicator.setVisible(false);
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite row = new Composite(body, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).spacing(2, 0).create());
		editing = new DiagramEditing(editingHost());
		new Palette(row, editing).control().setLayoutData(new GridData(SWT.BEGINNING, SWT.FILL, false, true));
		stack = new Composite(row, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		canvas = new Canvas(stack, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		tablePane = new TablePane(stack, this::select);
		stackLayout.topControl = canvas;
		editing.attach(canvas, getSite());
		tableEditing = new TableEditing(tablePane.widget(), () -> table, editing);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.Resize, e -> {
			if (fitOnNextDiagram) {
				fit();
			}
		});
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		controls.contribute(getViewSite().getActionBars().getToolBarManager(), getViewSite().getActionBars().getMenuManager());
		tracker = new ActiveEngineEditor(getSite().getPage(), new ActiveEngineEditor.Follower() {
			@Override
			public void editorChanged(SalesEngineEditor previous, SalesEngineEditor current) {
				DiagramView.this.editorChanged(previous, current);
			}

			@Override
			public void reparsed() {
				rebuild();
			}
		});
		tracker.start();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		fonts.values().forEach(Font::dispose);
		super.dispose();
	}

	/** The diagram on show (null until the first layout); for tests and export. */
	public Diagram diagram() {
		return diagram;
	}

	/** The element the editor's caret is in (also when the diagram does not show it), or null. */
	public String caretElement() {
		return caretElement;
	}

	/** The id of the element outlined because the editor's caret is in it, or null. */
	public String highlighted() {
		return highlighted;
	}

	/** The diagram kind asked for, or null while a table is asked for. */
	public DiagramKind kind() {
		return DiagramKind.byCliName(request.representation());
	}

	public void show(DiagramKind newKind) {
		showRepresentation(newKind.cliName());
	}

	/** A diagram or table by its name (engine, kpis, alignment, kpi-table...), keeping the layers, filters and focus. */
	public void showRepresentation(String representation) {
		ask(request.withRepresentation(representation));
	}

	/** A saved view of the engine, by name, read from the text on every build. */
	public void showSavedView(String name) {
		ask(request.withSavedView(name));
	}

	/** The settings the representation on show was built with (a saved view's, or the toggles'). */
	public ViewSettings settings() {
		return shownSettings;
	}

	/** The table on show, or null while a diagram is on show. */
	public Table table() {
		return table;
	}

	/** The SWT table that shows tables; for tests that double-click it. */
	public org.eclipse.swt.widgets.Table tableWidget() {
		return tablePane.widget();
	}

	/** The cells of the SWT table marked as changed by the scenario on show, as "row · column". */
	public List<String> changedTableCells() {
		return tablePane.changedCells();
	}

	/** The element a double-click on this cell of the SWT table reveals (columns 0 and 1 name the row). */
	public void openCell(int row, int column) {
		String id = tablePane.elementOf(row, column);
		if (id != null) {
			select(id);
		}
	}

	/** True while a layout runs off the UI thread; the indicator in the view's bar shows it. */
	public boolean isLayingOut() {
		return layingOut;
	}

	/** The engine's saved views, by name, as of the last build. */
	public List<String> savedViews() {
		return savedViews;
	}

	/** The chooser's entries: the diagrams, the tables, then "view NAME" for each saved view. */
	public List<String> chooserItems() {
		return chooser == null ? List.of() : List.of(chooser.getItems());
	}

	/** Shows or hides a layer (a section: strategy, structure, culture, metrics, compensation). */
	public void setLayer(String layer, boolean shown) {
		controls.setLayer(layer, shown);
	}

	/** Shows or hides a kind of element. */
	public void setHidden(String kind, boolean hidden) {
		controls.setHidden(kind, hidden);
	}

	public void colorBy(String by) {
		controls.colorBy(by);
	}

	/** Centres the view on the element at the editor's caret, at the depth spinner's depth. */
	public void focusOnSelection() {
		controls.focusOnSelection();
	}

	public void setDepth(int depth) {
		controls.setDepth(depth);
	}

	/** Draws a scenario of the engine (base: as written), its changed elements marked; the Scenario menu's choice. */
	public void showScenario(String name) {
		controls.chooseScenario(name);
	}

	/** What the Scenario menu offers: base, then the engine's scenarios. */
	public List<String> scenarioNames() {
		return controls.scenarioNames();
	}

	/** "Save as view...": writes what is on show into the engine's views section; false when it cannot. */
	public boolean saveAsView(String name, String title) {
		return controls.saveAsView(name, title);
	}

	/** Changes what is asked for: a toggle, a focus, a colouring. Applied by the next build, off the UI thread. */
	void ask(ViewRequest next) {
		request = next;
		// A cut of the engine is a new picture: fit it, as for a new diagram.
		fitOnNextDiagram = true;
		rebuild();
	}

	ViewRequest request() {
		return request;
	}

	/** The editor the view follows, or null. */
	SalesEngineEditor editor() {
		return editor;
	}

	private void fillChooser() {
		chooser.removeAll();
		ViewWords.representations().forEach(chooser::add);
		savedViews.forEach(name -> chooser.add("view " + name));
		ViewRequest current = request;
		int index = current.savedView() != null ? ViewWords.representations().size() + savedViews.indexOf(current.savedView())
				: ViewWords.representations().indexOf(current.representation());
		if (index >= 0 && index < chooser.getItemCount()) {
			chooser.select(index);
		}
	}

	private void choose(int index) {
		List<String> representations = ViewWords.representations();
		if (index < 0) {
			return;
		}
		if (index < representations.size()) {
			showRepresentation(representations.get(index));
		} else if (index - representations.size() < savedViews.size()) {
			showSavedView(savedViews.get(index - representations.size()));
		}
	}

	private void showIndicator() {
		if (indicator != null && !indicator.isDisposed()) {
			indicator.getDisplay().asyncExec(() -> {
				if (!indicator.isDisposed()) {
					indicator.setVisible(layingOut);
				}
			});
		}
	}

	/** Where an element's box is on the canvas, in canvas pixels; for tests that click it. */
	public Optional<org.eclipse.swt.graphics.Point> canvasPointOf(String elementId) {
		return nodeOf(elementId).map(node -> new org.eclipse.swt.graphics.Point(
				(int) Math.round((node.bounds().x() + node.bounds().width() / 2) * zoom + panX),
				(int) Math.round((node.bounds().y() + node.bounds().height() / 2) * zoom + panY)));
	}

	public Canvas canvas() {
		return canvas;
	}

	/** The palette's tools, the direct edit and Delete at work on the canvas. */
	public DiagramEditing editing() {
		return editing;
	}

	/** Toggling and editing the cells of the tables. */
	public TableEditing tableEditing() {
		return tableEditing;
	}

	private DiagramEditing.Host editingHost() {
		return new DiagramEditing.Host() {
			@Override
			public SalesEngineEditor editor() {
				return editor;
			}

			@Override
			public String selected() {
				return highlighted;
			}

			@Override
			public Optional<org.eclipse.swt.graphics.Rectangle> canvasBoundsOf(String elementId) {
				return nodeOf(elementId).map(node -> new org.eclipse.swt.graphics.Rectangle((int) Math.round(node.bounds().x() * zoom + panX),
						(int) Math.round(node.bounds().y() * zoom + panY), (int) Math.round(node.bounds().width() * zoom),
						(int) Math.round(node.bounds().height() * zoom)));
			}

			@Override
			public org.eclipse.jface.action.IStatusLineManager statusLine() {
				return getViewSite().getActionBars().getStatusLineManager();
			}
		};
	}

	/** The followed editor changed: move the caret listener over and draw the new editor's engine. */
	private void editorChanged(SalesEngineEditor previous, SalesEngineEditor current) {
		if (previous != null && previous.viewer() != null && previous.viewer().getTextWidget() != null
				&& !previous.viewer().getTextWidget().isDisposed()) {
			previous.viewer().getTextWidget().removeCaretListener(onCaret);
		}
		editor = current;
		if (current == null) {
			diagram = null;
			stale = null;
			redraw();
			return;
		}
		current.viewer().getTextWidget().addCaretListener(onCaret);
		fitOnNextDiagram = true;
		rebuild();
	}

	private void rebuild() {
		builder.cancel();
		layingOut = true;
		showIndicator();
		builder.schedule(150);
	}

	/** Builds and lays out the diagram of the current snapshot; runs in the builder job, never on the UI thread. */
	private void buildNow() {
		SalesEngineEditor source = editor;
		if (source == null || source.model() == null) {
			return;
		}
		ViewRequest wanted = request;
		// While the text does not parse, the last complete model stays on show, marked stale; a new representation
		// (or the first one) is still drawn from what the parser read.
		EngineDocumentModel.SyntaxError broken = source.model().read(EngineDocumentModel.Snapshot::syntaxError);
		Diagram current = diagram;
		if (broken != null && (current != null || table != null) && wanted.equals(shownRequest) && shownModel == source.model()) {
			stale = broken;
			showStatus(current);
			return;
		}
		EngineDiagrams.Built result;
		try {
			String scenario = controls.scenario();
			result = source.model().read(snapshot -> EngineDiagrams.build(wanted, snapshot, scenario));
		} catch (RuntimeException e) {
			SalesEngineUi.log("cannot lay out the " + wanted.representation() + " representation", e);
			return;
		}
		if (result == null) {
			return;
		}
		shownSettings = result.settings();
		savedViews = result.savedViews();
		pins = result.pins();
		shownRequest = wanted;
		table = result.table();
		Diagram built = result.diagram();
		diagram = built;
		shownModel = source.model();
		stale = broken;
		if (canvas != null && !canvas.isDisposed()) {
			Table shownTable = result.table();
			canvas.getDisplay().asyncExec(() -> {
				if (canvas.isDisposed()) {
					return;
				}
				fillChooser();
				controls.update(result.settings());
				if (shownTable != null) {
					tablePane.show(shownTable);
					stackLayout.topControl = tablePane.widget();
				} else {
					stackLayout.topControl = canvas;
				}
				stack.layout();
				if (shownTable != null) {
					status.setText(shownTable.id() + (shownTable.viewLines().isEmpty() ? "" : " · " + String.join(" · ", shownTable.viewLines())));
					status.getParent().layout();
					followCaret();
				}
			});
		}
		if (built == null) {
			return;
		}
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> {
				if (fitOnNextDiagram) {
					fit();
				}
				followCaret();
			});
		}
		showStatus(built);
	}

	private void showStatus(Diagram shown) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		EngineDocumentModel.SyntaxError mark = stale;
		canvas.getDisplay().asyncExec(() -> {
			if (status.isDisposed()) {
				return;
			}
			if (shown == null) {
				return;
			}
			String view = shown.header().stream().skip(2).map(org.salesengine.diagram.model.DiagramLabel::text)
					.reduce((a, b) -> a + " · " + b).map(line -> " · " + line).orElse("");
			status.setText((mark == null ? shown.id() : shown.id() + " (stale)") + view);
			status.getParent().layout();
			redraw();
		});
	}

	/** "stale: syntax error at 7:20 (the last model that parsed)", or null while the diagram shows the text as typed. */
	public String staleMark() {
		EngineDocumentModel.SyntaxError mark = stale;
		return mark == null ? null : staleText(mark);
	}

	private static String staleText(EngineDocumentModel.SyntaxError mark) {
		return "stale: syntax error at " + mark.position() + " (the last model that parsed)";
	}

	private void paint(org.eclipse.swt.graphics.GC gc) {
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(canvas.getClientArea());
		Diagram shown = diagram;
		if (shown == null) {
			gc.drawText(editor == null ? "Open a .sales file to see its diagram." : "Laying out...", 12, 12);
			return;
		}
		Transform transform = new Transform(gc.getDevice(), (float) zoom, 0, 0, (float) zoom, (float) panX, (float) panY);
		try {
			gc.setTransform(transform);
			painter.paint(shown, new SwtCanvas(gc, fonts));
			nodeDragging.paintOutline(gc);
			nodeOf(editing.pendingSource()).ifPresent(node -> outline(gc, node, SWT.LINE_DASH));
			nodeOf(highlighted).ifPresent(node -> {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setLineWidth(3);
				gc.drawRoundRectangle((int) node.bounds().x() - 4, (int) node.bounds().y() - 4, (int) node.bounds().width() + 8,
						(int) node.bounds().height() + 8, 10, 10);
			});
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
		String mark = staleMark();
		if (mark != null) {
			// A note pinned to the top left, readable on any theme: the diagram under it is not the text as typed.
			org.eclipse.swt.graphics.Point size = gc.textExtent(mark);
			gc.setBackground(STALE_BACKGROUND);
			gc.fillRectangle(6, 4, size.x + 12, size.y + 6);
			gc.setForeground(STALE_TEXT);
			gc.drawText(mark, 12, 7, true);
		}
	}

	/** The connection tool's source, between its two clicks: outlined dashed, apart from the caret's solid outline. */
	private void outline(org.eclipse.swt.graphics.GC gc, DiagramNode node, int style) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setLineStyle(style);
		gc.setLineWidth(2);
		gc.drawRoundRectangle((int) node.bounds().x() - 5, (int) node.bounds().y() - 5, (int) node.bounds().width() + 10,
				(int) node.bounds().height() + 10, 12, 12);
	}

	private void mouseDown(Event event) {
		// A palette tool takes clicks on boxes (create, connect); only the selection tool drags them.
		if (event.button == 1 && diagram != null && PaletteTool.SELECT.equals(editing.tool()) && nodeDragging.press(diagram, (event.x - panX) / zoom, (event.y - panY) / zoom, event.x, event.y)) {
			return;
		}
		if (event.button == 1) {
			dragX = event.x;
			dragY = event.y;
			dragged = false;
		}
	}

	private void mouseMove(Event event) {
		if (nodeDragging.isDragging()) {
			nodeDragging.move((event.x - panX) / zoom, (event.y - panY) / zoom, event.x, event.y);
			redraw();
			return;
		}
		if (dragX >= 0) {
			panX += event.x - dragX;
			panY += event.y - dragY;
			dragged |= Math.abs(event.x - dragX) + Math.abs(event.y - dragY) > 0;
			dragX = event.x;
			dragY = event.y;
			fitOnNextDiagram = false;
			redraw();
		}
	}

	private void mouseUp(Event event) {
		if (nodeDragging.isDragging()) {
			dropNode(event);
			return;
		}
		boolean click = dragX >= 0 && !dragged;
		dragX = -1;
		dragY = -1;
		if (click && editing.clicked(diagram == null ? null : elementAt((event.x - panX) / zoom, (event.y - panY) / zoom).orElse(null))) {
			return;
		}
		if (click && diagram != null) {
			elementAt((event.x - panX) / zoom, (event.y - panY) / zoom).ifPresent(this::select);
		}
	}

	/** A box dropped somewhere else is pinned there and the diagram laid out around it; a box merely clicked is selected. */
	private void dropNode(Event event) {
		try {
			if (nodeDragging.drop(pins)) {
				fitOnNextDiagram = false;
				rebuild();
			} else if (diagram != null) {
				elementAt((event.x - panX) / zoom, (event.y - panY) / zoom).ifPresent(this::select);
			}
		} catch (IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Cannot pin the box", e.getMessage());
		}
		redraw();
	}

	/** "Arrange all": forgets the boxes dragged in the view on show and lays it out afresh. */
	public void arrangeAll() {
		try {
			pins.clear();
			rebuild();
		} catch (IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Cannot arrange the diagram", e.getMessage());
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.MOD1) != 0) {
			zoomAround(event.count > 0 ? 1.2 : 1 / 1.2, event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			panX += event.count * 20;
		} else {
			panY += event.count * 20;
		}
		fitOnNextDiagram = false;
		redraw();
	}

	private void zoomAround(double factor, double x, double y) {
		double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		panX = x - (x - panX) * next / zoom;
		panY = y - (y - panY) * next / zoom;
		zoom = next;
		fitOnNextDiagram = false;
		redraw();
	}

	/** Shows the whole diagram, centred, never larger than 100%. */
	public void fit() {
		Diagram shown = diagram;
		if (shown == null || canvas == null || canvas.isDisposed()) {
			return;
		}
		org.eclipse.swt.graphics.Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(area.width / shown.width(), area.height / shown.height())));
		panX = (area.width - shown.width() * zoom) / 2;
		panY = (area.height - shown.height() * zoom) / 2;
		redraw();
	}

	private Optional<String> elementAt(double x, double y) {
		List<DiagramNode> nodes = diagram.allNodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			DiagramNode node = nodes.get(i);
			if (node.elementId() != null && !node.elementId().isEmpty() && contains(node, x, y)) {
				return Optional.of(node.elementId());
			}
		}
		return Optional.empty();
	}

	private static boolean contains(DiagramNode node, double x, double y) {
		return x >= node.bounds().x() && y >= node.bounds().y() && x <= node.bounds().x() + node.bounds().width()
				&& y <= node.bounds().y() + node.bounds().height();
	}

	private Optional<DiagramNode> nodeOf(String elementId) {
		Diagram shown = diagram;
		if (shown == null || elementId == null) {
			return Optional.empty();
		}
		return shown.allNodes().stream().filter(node -> elementId.equals(node.elementId())).findFirst();
	}

	/** Selects the element in the editor (opening the file that declares it when it is another one). */
	private void select(String elementId) {
		if (editor != null) {
			EditorSelection.reveal(editor, elementId);
		}
	}

	private void followCaret() {
		SalesEngineEditor source = editor;
		if (source == null || source.model() == null || source.viewer() == null) {
			return;
		}
		int offset = source.viewer().getTextWidget().getCaretOffset();
		int modelOffset = source.viewer() instanceof org.eclipse.jface.text.ITextViewerExtension5 extension
				? extension.widgetOffset2ModelOffset(offset) : offset;
		String id = source.model().read(snapshot -> EditorSelection.elementIdAt(snapshot, modelOffset));
		caretElement = id;
		if (table != null) {
			tablePane.selectRowOf(id);
			return;
		}
		Diagram shown = diagram;
		String next = id == null || shown == null ? null : EditorSelection.shownAncestor(shown, id, source.model());
		if (!java.util.Objects.equals(next, highlighted)) {
			highlighted = next;
			redraw();
		}
	}

	private void redraw() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(action("Zoom in", () -> zoomAround(1.25, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0)));
		toolbar.add(action("Zoom out", () -> zoomAround(0.8, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0)));
		toolbar.add(action("Fit", this::fit));
		toolbar.add(action("Arrange all", this::arrangeAll));
		toolbar.add(action("Export SVG...", () -> export("svg")));
		toolbar.add(action("Export PNG...", () -> export("png")));
	}

	private static Action action(String label, Runnable run) {
		return new Action(label) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	private void export(String format) {
		Diagram shown = diagram;
		if (shown == null) {
			return;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(shown.id() + "." + format);
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target != null) {
			try {
				exportTo(Path.of(target), format);
			} catch (IOException e) {
				org.eclipse.jface.dialogs.MessageDialog.openError(canvas.getShell(), "Export failed", e.getMessage());
			}
		}
	}

	/** Writes the diagram on show as SVG or PNG, atomically (a temporary file renamed over the target). */
	public void exportTo(Path target, String format) throws IOException {
		Diagram shown = diagram;
		if (shown == null) {
			throw new IOException("no diagram to export");
		}
		byte[] bytes = "png".equals(format) ? PngPainter.paint(shown) : SvgWriter.write(shown).getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(target, bytes);
	}


}
