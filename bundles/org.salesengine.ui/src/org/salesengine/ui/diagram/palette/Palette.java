package org.salesengine.ui.diagram.palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The diagram's palette, as in a modeling workbench: a drawer of creation tools (one per element kind, in its
 * pillar's colour) and one of connection tools (one per link kind, and "Link…", which offers the kinds that fit the
 * two elements clicked). Choosing a tool hands it to {@link DiagramEditing}; after one use the select tool is back.
 */
public final class Palette {
	private final ScrolledComposite scroller;
	private final Map<PaletteTool, ToolItem> items = new LinkedHashMap<>();
	private final List<Image> icons = new ArrayList<>();

	public Palette(Composite parent, DiagramEditing editing) {
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		Composite body = new Composite(scroller, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		layout.verticalSpacing = 1;
		body.setLayout(layout);
		ToolBar general = drawer(body, null);
		add(general, PaletteTool.SELECT, editing, null);
		add(general, PaletteTool.LINK, editing, arrow(body, new RGB(0x4d, 0x55, 0x60), true));
		ToolBar create = drawer(body, "Create");
		ToolBar connect = null;
		for (PaletteTool tool : PaletteTool.all()) {
			if (tool.creates() || tool.kind() != null) {
				add(create, tool, editing, box(body, tool));
			} else if (tool.link() != null) {
				connect = connect == null ? drawer(body, "Connect") : connect;
				add(connect, tool, editing, arrow(body, new RGB(0x6e, 0x77, 0x81), false));
			}
		}
		scroller.setContent(body);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.addDisposeListener(e -> icons.forEach(Image::dispose));
		editing.setPalette(this);
		showChosen(PaletteTool.SELECT);
	}

	public Composite control() {
		return scroller;
	}

	/** The tools' ids, in the palette's order. */
	public List<String> toolIds() {
		return items.keySet().stream().map(PaletteTool::id).toList();
	}

	/** The button of a tool, for tests and screenshots. */
	public ToolItem item(String toolId) {
		return items.entrySet().stream().filter(e -> e.getKey().id().equals(toolId)).map(Map.Entry::getValue).findFirst().orElse(null);
	}

	/** Marks the chosen tool's button as pressed (the tools of all drawers act as one radio group). */
	void showChosen(PaletteTool chosen) {
		items.forEach((tool, item) -> {
			if (!item.isDisposed()) {
				item.setSelection(tool.equals(chosen));
			}
		});
	}

	private ToolBar drawer(Composite body, String heading) {
		if (heading != null) {
			Label label = new Label(body, SWT.NONE);
			label.setText(heading);
			label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
			data.verticalIndent = 6;
			label.setLayoutData(data);
		}
		ToolBar bar = new ToolBar(body, SWT.VERTICAL | SWT.FLAT | SWT.RIGHT);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return bar;
	}

	private void add(ToolBar bar, PaletteTool tool, DiagramEditing editing, Image icon) {
		ToolItem item = new ToolItem(bar, SWT.CHECK);
		item.setText(tool.label());
		item.setToolTipText(tool.creates() ? "Create a " + tool.label() + (tool.kind().needsParent() ? " in the process you click" : "")
				: tool.connects() ? tool.label() + ": click the source element, then the target" : "Select and move around");
		if (icon != null) {
			item.setImage(icon);
		}
		item.addListener(SWT.Selection, e -> editing.choose(item.getSelection() ? tool : PaletteTool.SELECT));
		items.put(tool, item);
	}

	/** A small box in the pillar's fill and outline, as the diagram draws the element. */
	private Image box(Composite body, PaletteTool tool) {
		var colors = org.salesengine.diagram.style.Palette.of(tool.pillar());
		Image image = new Image(body.getDisplay(), 16, 16);
		GC gc = new GC(image);
		Color fill = color(body, colors.fill());
		Color strong = color(body, colors.strong());
		try {
			gc.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setBackground(fill);
			gc.fillRoundRectangle(1, 3, 14, 10, 4, 4);
			gc.setForeground(strong);
			gc.setLineWidth(2);
			gc.drawRoundRectangle(1, 3, 13, 10, 4, 4);
		} finally {
			gc.dispose();
			fill.dispose();
			strong.dispose();
		}
		icons.add(image);
		return image;
	}

	/** An arrow, dashed for the tool that lets the two elements decide. */
	private Image arrow(Composite body, RGB rgb, boolean dashed) {
		Image image = new Image(body.getDisplay(), 16, 16);
		GC gc = new GC(image);
		Color ink = new Color(body.getDisplay(), rgb);
		try {
			gc.setBackground(body.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setForeground(ink);
			gc.setBackground(ink);
			gc.setLineWidth(2);
			gc.setLineStyle(dashed ? SWT.LINE_DOT : SWT.LINE_SOLID);
			gc.drawLine(1, 8, 10, 8);
			gc.fillPolygon(new int[] { 10, 4, 15, 8, 10, 12 });
		} finally {
			gc.dispose();
			ink.dispose();
		}
		icons.add(image);
		return image;
	}

	private static Color color(Composite body, org.salesengine.diagram.style.Rgb rgb) {
		return new Color(body.getDisplay(), rgb.red(), rgb.green(), rgb.blue());
	}
}
