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
import org.eclipse.ui.part.ViewPart;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.paint.DiagramPainter;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ActiveEngineEditor;
import org.salesengine.ui.editor.EngineDocumentModel;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The live diagram of the active engine editor: the same laid-out diagram the CLI exports, painted with SWT. It
 * follows typing (rebuilt off the UI thread after each reconcile), zooms, pans and fits; a click selects the element
 * in the editor, and the caret's element is outlined in the diagram.
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
		buildNow();
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
	private volatile DiagramKind kind = DiagramKind.ENGINE;
	private String highlighted;
	private double zoom = 1;
	private double panX;
	private double panY;
	private boolean fitOnNextDiagram = true;
	private int dragX = -1;
	private int dragY = -1;
	private boolean dragged;

	@Override
	public void createPartControl(Composite parent) {
		builder.setSystem(true);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 4;
		layout.marginHeight = 2;
		body.setLayout(layout);
		chooser = new Combo(body, SWT.READ_ONLY);
		for (DiagramKind each : DiagramKind.values()) {
			chooser.add(each.cliName());
		}
		chooser.select(kind.ordinal());
		chooser.addListener(SWT.Selection, e -> show(DiagramKind.values()[chooser.getSelectionIndex()]));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		canvas = new Canvas(body, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
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

	/** The id of the element outlined because the editor's caret is in it, or null. */
	public String highlighted() {
		return highlighted;
	}

	public DiagramKind kind() {
		return kind;
	}

	public void show(DiagramKind newKind) {
		kind = newKind;
		if (chooser != null && !chooser.isDisposed()) {
			chooser.select(newKind.ordinal());
		}
		fitOnNextDiagram = true;
		rebuild();
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
		builder.schedule(150);
	}

	/** Builds and lays out the diagram of the current snapshot; runs in the builder job, never on the UI thread. */
	private void buildNow() {
		SalesEngineEditor source = editor;
		if (source == null || source.model() == null) {
			return;
		}
		DiagramKind wanted = kind;
		// While the text does not parse, the last complete model stays on show, marked stale; a new kind of diagram
		// (or the first one) is still drawn from what the parser read.
		EngineDocumentModel.SyntaxError broken = source.model().read(EngineDocumentModel.Snapshot::syntaxError);
		Diagram current = diagram;
		if (broken != null && current != null && current.kind() == wanted && shownModel == source.model()) {
			stale = broken;
			showStatus(current);
			return;
		}
		Diagram built;
		try {
			built = source.model().read(snapshot -> EngineDiagrams.build(wanted, snapshot));
		} catch (RuntimeException e) {
			SalesEngineUi.log("cannot lay out the " + wanted.cliName() + " diagram", e);
			return;
		}
		if (built == null) {
			return;
		}
		diagram = built;
		shownModel = source.model();
		stale = broken;
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
			status.setText(mark == null ? shown.id() : shown.id() + " (stale)");
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

	private void mouseDown(Event event) {
		if (event.button == 1) {
			dragX = event.x;
			dragY = event.y;
			dragged = false;
		}
	}

	private void mouseMove(Event event) {
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
		boolean click = dragX >= 0 && !dragged;
		dragX = -1;
		dragY = -1;
		if (click && diagram != null) {
			elementAt((event.x - panX) / zoom, (event.y - panY) / zoom).ifPresent(this::select);
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
