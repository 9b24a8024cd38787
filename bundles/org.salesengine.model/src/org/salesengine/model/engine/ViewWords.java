package org.salesengine.model.engine;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

/**
 * The words a saved view is written in: the representations it may show, its layers (the engine's sections), the
 * kinds of element it may hide and what it may colour by. The validator checks a view against these lists, and the
 * diagrams, tables and command line read the same lists, so a word the validator accepts always means something.
 */
public final class ViewWords {
	/** The diagrams, by the names of {@code salesengine render --diagram}. */
	public static final List<String> DIAGRAMS = List.of("engine", "pipeline", "kpis", "pay");
	/** The tables, by the names of {@code salesengine table --table}; the KPI edition table is kpi-table, since kpis is the KPI tree. */
	public static final List<String> TABLES = List.of("alignment", "kpi-governance", "accountability", "roles", "kpi-table", "stages");
	/** The sections of an engine, in the order of the language. */
	public static final List<String> LAYERS = List.of("strategy", "structure", "culture", "metrics", "compensation");
	/** The kinds of element a view may hide. */
	public static final List<String> KINDS = List.of("objective", "segment", "role", "team", "process", "stage", "outcome",
			"behavior", "ritual", "kpi", "plan", "measure", "spif");
	/** What element boxes may be coloured by; pillar is the default. */
	public static final List<String> COLOR_BY = List.of("pillar", "severity", "signal", "health");

	public static final String DEFAULT_REPRESENTATION = "engine";
	public static final String DEFAULT_COLOR_BY = "pillar";
	/** How far a focus reaches when the view names no depth. */
	public static final int DEFAULT_DEPTH = 1;

	private ViewWords() {
	}

	private static final java.util.Map<String, List<String>> KINDS_DRAWN = java.util.Map.ofEntries(
			java.util.Map.entry("engine", List.of("objective", "segment", "role", "team", "process", "behavior", "ritual", "kpi", "plan", "spif")),
			java.util.Map.entry("pipeline", List.of("process", "stage", "outcome")),
			java.util.Map.entry("kpis", List.of("objective", "kpi")),
			java.util.Map.entry("pay", List.of("role", "plan", "measure", "spif", "kpi", "objective")),
			java.util.Map.entry("alignment", List.of("objective", "kpi")),
			java.util.Map.entry("kpi-governance", List.of("kpi", "ritual", "plan")),
			java.util.Map.entry("accountability", List.of("role")),
			java.util.Map.entry("roles", List.of("role")),
			java.util.Map.entry("kpi-table", List.of("kpi")),
			java.util.Map.entry("stages", List.of("stage")));

	/** The kinds of element a representation draws as boxes (a diagram) or as rows and element columns (a table). */
	public static List<String> kindsDrawnBy(String representation) {
		return KINDS_DRAWN.getOrDefault(representation, List.of());
	}

	/** The section elements of a kind are written in. */
	public static String layerOfKind(String kind) {
		return switch (kind) {
			case "objective", "segment" -> "strategy";
			case "role", "team", "process", "stage", "outcome" -> "structure";
			case "behavior", "ritual" -> "culture";
			case "kpi" -> "metrics";
			case "plan", "measure", "spif" -> "compensation";
			default -> null;
		};
	}

	/** Every representation a view may name, diagrams first. */
	public static List<String> representations() {
		return java.util.stream.Stream.concat(DIAGRAMS.stream(), TABLES.stream()).toList();
	}

	public static boolean isTable(String representation) {
		return TABLES.contains(representation);
	}

	/** The kind word of an element ("kpi", "process", "measure"), as a view's hide list writes it. */
	public static String kindOf(EObject element) {
		return ElementKinds.of(element).toLowerCase(Locale.ROOT);
	}

	/** The section an element is written in, or null for anything that is not an engine element. */
	public static String layerOf(EObject element) {
		return layerOfKind(kindOf(element));
	}
}
