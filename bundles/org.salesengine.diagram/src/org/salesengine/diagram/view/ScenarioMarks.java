package org.salesengine.diagram.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.TextStyle;

/**
 * A diagram of a scenario: the engine drawn is the scenario's copy (so boxes already show its values), and the
 * elements the scenario changes are marked: the style class {@value #CHANGED} (a theme outlines them), one line per
 * change under their text ("Δ headcount 12 → 14") and a legend line that names the scenario and counts its changed
 * elements. The diagram's header says which scenario it shows.
 * <p>
 * A change to an element the diagram has no box for is marked on the nearest element it does draw, with the rest of
 * the path in its line: a measure's quota on its plan ("Δ Meetings.quota 260 → 240"; on the KPI tree, which draws no
 * plans, on its KPI), a stage's conversion on its process in the engine map. A change to the engine's own settings (its revenue target) has no box anywhere: its line
 * goes under the diagram's header, with the path as the scenario writes it.
 *
 * @param scenario the scenario's name
 * @param changes  what the scenario changes, in the order it writes them
 */
public record ScenarioMarks(String scenario, List<Change> changes) {
	public static final String CHANGED = "changed";
	/** Wrap change lines as the builders wrap the text of a box, so they do not widen it. */
	private static final double TEXT_WIDTH = 210;

	/**
	 * One override as applied.
	 *
	 * @param element the changed element's id ({@code ElementIds}): {@code Northwind.BDRPlan.Meetings} for a measure
	 * @param nearby  the ids of the elements a diagram without a box for it marks the change on instead, nearest
	 *                first: a stage's process; a measure's plan, then its KPI (the KPI tree draws no plans); empty for
	 *                an element that has no such neighbour (a role)
	 * @param path    as the scenario writes it: {@code BDRPlan.Meetings.quota}
	 * @param before  the base's value as the engine writes it
	 * @param after   the scenario's value
	 */
	public record Change(String element, List<String> nearby, String path, String before, String after) {
		public Change {
			nearby = List.copyOf(nearby);
		}

		/** The property changed, as the path ends: "quota". */
		public String property() {
			return path.substring(path.lastIndexOf('.') + 1);
		}

		/** A change to the engine's own settings (revenue target, run rate): its id is the engine's name. */
		boolean ofEngine() {
			return !element.contains(".");
		}

		/** "Δ headcount 12 → 14", on the element's own box. */
		public String line() {
			return changeLine(property());
		}

		/**
		 * "Δ Meetings.quota 260 → 240" on the plan's box: the path without the name of the element marked in front;
		 * "Δ BDRPlan.Meetings.quota 260 → 240" on the KPI's.
		 */
		String lineOn(String nearbyId) {
			String name = nearbyId.substring(nearbyId.lastIndexOf('.') + 1);
			return changeLine(path.startsWith(name + ".") ? path.substring(name.length() + 1) : path);
		}

		/** "Δ Northwind.revenueTarget 10M → 12M", under the header. */
		String lineOnHeader() {
			return changeLine(path);
		}

		private String changeLine(String what) {
			return "Δ " + what + " " + before + " → " + after;
		}
	}

	public ScenarioMarks {
		changes = List.copyOf(changes);
	}

	/** The ids of the elements the scenario changes, each once, in the order it writes them. */
	public List<String> changedElements() {
		return List.copyOf(new LinkedHashSet<>(changes.stream().map(Change::element).toList()));
	}

	/** The unlaid diagram with the changed elements marked; layout then sizes their boxes for the extra lines. */
	public Diagram mark(Diagram unlaid, TextMetrics metrics) {
		Map<String, List<String>> linesByNode = new LinkedHashMap<>();
		List<DiagramLabel> header = new ArrayList<>(unlaid.header());
		for (Change change : changes) {
			String holder = change.nearby().isEmpty() ? null : change.nearby().get(0);
			List<DiagramNode> own = nodesOf(unlaid, change.element(), holder);
			if (!own.isEmpty()) {
				own.forEach(node -> linesByNode.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(change.line()));
				continue;
			}
			boolean marked = false;
			for (String nearby : change.nearby()) {
				List<DiagramNode> near = nodesOf(unlaid, nearby, null);
				near.forEach(node -> linesByNode.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(change.lineOn(nearby)));
				if (!near.isEmpty()) {
					marked = true;
					break;
				}
			}
			if (!marked && change.ofEngine()) {
				header.add(DiagramLabel.of(change.lineOnHeader(), TextStyle.CHANGE));
			}
		}
		List<DiagramNode> nodes = unlaid.nodes().stream().map(node -> mark(node, linesByNode, metrics)).toList();
		if (header.size() > 1) {
			DiagramLabel subtitle = header.get(1);
			header.set(1, DiagramLabel.of(subtitle.text() + " · scenario " + scenario, subtitle.style()));
		}
		List<LegendEntry> legend = new ArrayList<>(unlaid.legend());
		int count = changedElements().size();
		legend.add(LegendEntry.element(List.of(CHANGED), "Scenario " + scenario + ": " + count + " element" + (count == 1 ? "" : "s")
				+ " changed (Δ: from the engine as written to the scenario)"));
		List<String> classes = new ArrayList<>(unlaid.classes());
		classes.add("scenario");
		return new Diagram(unlaid.kind(), unlaid.engineName(), header, unlaid.decoration(), nodes, unlaid.edges(), legend,
				unlaid.notes(), unlaid.captions(), unlaid.width(), unlaid.height(), classes);
	}

	/**
	 * The nodes that draw the element. Two stages of different processes may share a name (and so an id): when the
	 * diagram draws the holder, only the element's nodes inside it count.
	 */
	private static List<DiagramNode> nodesOf(Diagram diagram, String elementId, String holder) {
		List<DiagramNode> all = new ArrayList<>();
		List<DiagramNode> insideHolder = new ArrayList<>();
		for (DiagramNode node : diagram.nodes()) {
			collect(node, elementId, holder, false, all, insideHolder);
		}
		return insideHolder.isEmpty() ? all : insideHolder;
	}

	private static void collect(DiagramNode node, String elementId, String holder, boolean inHolder, List<DiagramNode> all,
			List<DiagramNode> insideHolder) {
		if (elementId.equals(node.elementId())) {
			all.add(node);
			if (inHolder) {
				insideHolder.add(node);
			}
		}
		boolean childrenInHolder = inHolder || (holder != null && holder.equals(node.elementId()));
		node.children().forEach(child -> collect(child, elementId, holder, childrenInHolder, all, insideHolder));
	}

	private static DiagramNode mark(DiagramNode node, Map<String, List<String>> linesByNode, TextMetrics metrics) {
		List<DiagramNode> children = node.children().stream().map(child -> mark(child, linesByNode, metrics)).toList();
		List<String> lines = linesByNode.get(node.id());
		if (lines == null) {
			return new DiagramNode(node.id(), node.elementId(), node.kind(), node.styleClasses(), node.labels(), children,
					node.bounds(), node.decoration(), node.sparkline());
		}
		List<String> classes = new ArrayList<>(node.styleClasses());
		classes.add(CHANGED);
		List<DiagramLabel> labels = new ArrayList<>(node.labels());
		for (String line : lines) {
			metrics.wrap(line, TextStyle.CHANGE, TEXT_WIDTH).forEach(part -> labels.add(DiagramLabel.of(part, TextStyle.CHANGE)));
		}
		return new DiagramNode(node.id(), node.elementId(), node.kind(), classes, labels, children, node.bounds(), node.decoration(),
				node.sparkline());
	}
}
