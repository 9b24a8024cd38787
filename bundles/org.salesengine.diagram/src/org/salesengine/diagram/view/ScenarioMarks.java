package org.salesengine.diagram.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 *
 * @param scenario the scenario's name
 * @param changes  per changed element id, what changed, in the order the scenario writes it
 */
public record ScenarioMarks(String scenario, Map<String, List<String>> changes) {
	public static final String CHANGED = "changed";
	/** Wrap change lines as the builders wrap the text of a box, so they do not widen it. */
	private static final double TEXT_WIDTH = 210;

	public ScenarioMarks {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		changes.forEach((element, lines) -> copy.put(element, List.copyOf(lines)));
		changes = java.util.Collections.unmodifiableMap(copy);
	}

	/** One change: its property, as the path ends ("headcount"), the base's value and the scenario's. */
	public static String changeLine(String path, String before, String after) {
		String property = path.substring(path.lastIndexOf('.') + 1);
		return "Δ " + property + " " + before + " → " + after;
	}

	/** The unlaid diagram with the changed elements marked; layout then sizes their boxes for the extra lines. */
	public Diagram mark(Diagram unlaid, TextMetrics metrics) {
		List<DiagramNode> nodes = unlaid.nodes().stream().map(node -> mark(node, metrics)).toList();
		List<DiagramLabel> header = new ArrayList<>(unlaid.header());
		if (header.size() > 1) {
			DiagramLabel subtitle = header.get(1);
			header.set(1, DiagramLabel.of(subtitle.text() + " · scenario " + scenario, subtitle.style()));
		}
		List<LegendEntry> legend = new ArrayList<>(unlaid.legend());
		int count = changes.size();
		legend.add(LegendEntry.element(List.of(CHANGED), "Scenario " + scenario + ": " + count + " element" + (count == 1 ? "" : "s")
				+ " changed (Δ: from the engine as written to the scenario)"));
		List<String> classes = new ArrayList<>(unlaid.classes());
		classes.add("scenario");
		return new Diagram(unlaid.kind(), unlaid.engineName(), header, unlaid.decoration(), nodes, unlaid.edges(), legend,
				unlaid.notes(), unlaid.captions(), unlaid.width(), unlaid.height(), classes);
	}

	private DiagramNode mark(DiagramNode node, TextMetrics metrics) {
		List<DiagramNode> children = node.children().stream().map(child -> mark(child, metrics)).toList();
		List<String> lines = node.elementId().isEmpty() ? null : changes.get(node.elementId());
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
