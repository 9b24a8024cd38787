package org.salesengine.diagram.paint;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Decoration;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.Note;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.model.Sparkline;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.style.ShapeLook;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.diagram.style.Theme;

/**
 * Paints a laid-out diagram onto any {@link Canvas}, in one fixed order: header, boxes (compartments before what
 * they hold), edges over the boxes so no arrow hides under one, then legend and findings. Every output format goes
 * through here, so they cannot drift apart.
 */
public final class DiagramPainter {
	static final double ARROW_LENGTH = 9;
	static final double ARROW_WIDTH = 7;

	private final Theme theme;

	public DiagramPainter(Theme theme) {
		this.theme = theme;
	}

	public void paint(Diagram diagram, Canvas canvas) {
		String title = diagram.header().isEmpty() ? diagram.id() : diagram.header().get(0).text();
		canvas.begin(diagram.id(), title, diagram.width(), diagram.height(), theme.background());
		List<String> headerClasses = new java.util.ArrayList<>(List.of("header"));
		headerClasses.addAll(diagram.classes());
		canvas.beginGroup("diagram-header", headerClasses, diagram.engineName(), null);
		for (DiagramLabel line : diagram.header()) {
			label(canvas, line, theme.text(line.style()));
		}
		if (diagram.decoration() != null) {
			badge(canvas, diagram.decoration());
		}
		canvas.endGroup();
		for (DiagramNode node : diagram.nodes()) {
			node(canvas, node);
		}
		for (DiagramEdge edge : diagram.edges()) {
			edge(canvas, edge);
		}
		legend(canvas, diagram);
		canvas.end();
	}

	private void node(Canvas canvas, DiagramNode node) {
		List<String> classes = new ArrayList<>();
		classes.add(node.kind() == NodeKind.COMPARTMENT ? "compartment" : "node");
		classes.addAll(node.styleClasses().stream().filter(c -> !c.equals("compartment")).toList());
		if (node.decoration() != null) {
			classes.add(node.decoration().level().styleClass());
		}
		canvas.beginGroup(node.id(), classes, node.elementId(), tooltip(node.decoration()));
		canvas.rectangle(node.bounds(), theme.node(node.kind(), node.styleClasses(), node.decoration()));
		for (DiagramLabel label : node.labels()) {
			label(canvas, label, theme.text(label.style(), node.styleClasses()));
		}
		if (node.sparkline() != null) {
			canvas.beginGroup(node.id() + "-chart", List.of("chart"), "", null);
			sparkline(canvas, node.sparkline());
			canvas.endGroup();
		}
		if (node.decoration() != null) {
			badge(canvas, node.decoration());
		}
		for (DiagramNode child : node.children()) {
			node(canvas, child);
		}
		canvas.endGroup();
	}

	private void edge(Canvas canvas, DiagramEdge edge) {
		List<String> classes = new ArrayList<>(edge.styleClasses());
		if (edge.decoration() != null) {
			classes.add(edge.decoration().level().styleClass());
		}
		canvas.beginGroup(edge.id(), classes, "", tooltip(edge.decoration()));
		arrow(canvas, edge.route(), theme.edge(edge.kind(), edge.missing()));
		for (DiagramLabel label : edge.labels()) {
			canvas.rectangle(label.bounds().grow(2), theme.edgeLabelBackground());
			label(canvas, label, theme.text(label.style()));
		}
		if (edge.decoration() != null) {
			badge(canvas, edge.decoration());
		}
		canvas.endGroup();
	}

	/** The line stops where the arrowhead starts, so a thick or dashed line never pokes out of the tip. */
	private static void arrow(Canvas canvas, List<Point> route, ShapeLook look) {
		if (route.size() < 2) {
			return;
		}
		Point tip = route.get(route.size() - 1);
		Point from = route.get(route.size() - 2);
		double dx = tip.x() - from.x();
		double dy = tip.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			canvas.polyline(route, look);
			return;
		}
		double ux = dx / length;
		double uy = dy / length;
		double headLength = Math.min(ARROW_LENGTH, length);
		Point base = new Point(tip.x() - ux * headLength, tip.y() - uy * headLength);
		List<Point> line = new ArrayList<>(route.subList(0, route.size() - 1));
		line.add(base);
		canvas.polyline(line, look);
		double half = ARROW_WIDTH / 2;
		List<Point> head = List.of(tip, new Point(base.x() - uy * half, base.y() + ux * half), new Point(base.x() + uy * half, base.y() - ux * half));
		canvas.polygon(head, new ShapeLook(look.stroke(), look.stroke(), 1, List.of(), 0));
	}

	private void sparkline(Canvas canvas, Sparkline sparkline) {
		canvas.rectangle(sparkline.frame(), theme.sparklineFrame());
		for (List<Point> line : sparkline.grid()) {
			canvas.polyline(line, theme.sparklineGrid());
		}
		for (List<Point> guide : sparkline.guides()) {
			canvas.polyline(guide, theme.sparklineGuide());
		}
		canvas.polyline(sparkline.curve(), theme.sparklineCurve());
		for (DiagramLabel tick : sparkline.labels()) {
			label(canvas, tick, theme.text(TextStyle.AXIS));
		}
		if (sparkline.noteLabel() != null) {
			label(canvas, sparkline.noteLabel(), theme.sparklineNote());
		}
	}

	private void badge(Canvas canvas, Decoration decoration) {
		badgeShape(canvas, decoration.level(), decoration.badge());
		TextLook look = theme.badgeText(decoration.level());
		Bounds badge = decoration.badge();
		canvas.text(Integer.toString(decoration.number()), badge.centerX(), badge.centerY() + look.size() * 0.36, look, Canvas.Anchor.MIDDLE);
	}

	private void badgeShape(Canvas canvas, Decoration.Level level, Bounds where) {
		if (level == Decoration.Level.ERROR) {
			canvas.ellipse(where, theme.badge(level));
		} else {
			canvas.rectangle(where, theme.badge(level));
		}
	}

	private void legend(Canvas canvas, Diagram diagram) {
		if (diagram.legend().isEmpty() && diagram.notes().isEmpty()) {
			return;
		}
		canvas.beginGroup("diagram-legend", List.of("legend"), "", null);
		for (DiagramLabel caption : diagram.captions()) {
			label(canvas, caption, theme.text(caption.style()));
		}
		for (LegendEntry entry : diagram.legend()) {
			Bounds sample = entry.sampleBounds();
			switch (entry.sample()) {
				case ELEMENT -> canvas.rectangle(sample, small(theme.node(NodeKind.ELEMENT, entry.nodeClasses(), null)));
				case MISSING_ELEMENT -> canvas.rectangle(sample, small(theme.node(NodeKind.MISSING, List.of(), null)));
				case LINK, MISSING_LINK -> {
					ShapeLook look = entry.sample() == LegendEntry.Sample.LINK ? theme.edge(entry.link(), false)
							: theme.edge(LinkKind.SUPPORTS, true);
					arrow(canvas, List.of(new Point(sample.x(), sample.centerY()), new Point(sample.right(), sample.centerY())), look);
				}
				case BADGE -> badgeShape(canvas, entry.badge(), sample);
			}
			label(canvas, entry.label(), theme.text(entry.label().style()));
		}
		for (Note note : diagram.notes()) {
			canvas.beginGroup("note-" + note.decoration().number(), List.of("note", note.decoration().level().styleClass()), note.elementId(), null);
			badge(canvas, note.decoration());
			for (DiagramLabel line : note.lines()) {
				label(canvas, line, theme.text(line.style()));
			}
			canvas.endGroup();
		}
		canvas.endGroup();
	}

	/** Legend samples are small; big corner radii would turn them into pills. */
	private static ShapeLook small(ShapeLook look) {
		return new ShapeLook(look.fill(), look.stroke(), look.strokeWidth(), look.dash(), Math.min(4, look.cornerRadius()));
	}

	private static void label(Canvas canvas, DiagramLabel label, TextLook look) {
		canvas.text(label.text(), label.bounds().x(), label.baseline(), look, Canvas.Anchor.START);
	}

	private static String tooltip(Decoration decoration) {
		return decoration == null ? null : String.join("\n", decoration.messages());
	}
}
