package org.salesengine.diagram.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The four parts of an engine as the diagrams group them. The validator's rule pillars split metrics from
 * compensation; a diagram keeps KPIs next to the plans that pay on them, because that link is what readers check.
 * The analysis's health pillars ({@code HealthPillar}) are the same four in the same order: strategy, structure and
 * process, culture and behavior, metrics and compensation.
 */
public enum EnginePillar {
	STRATEGY("strategy", "Strategy"),
	STRUCTURE("structure", "Structure & Process"),
	CULTURE("culture", "Culture & Behaviors"),
	COMPENSATION("compensation", "KPIs & Compensation");

	private final String styleClass;
	private final String title;

	EnginePillar(String styleClass, String title) {
		this.styleClass = styleClass;
		this.title = title;
	}

	public String styleClass() {
		return styleClass;
	}

	public String title() {
		return title;
	}

	/**
	 * Scores keyed by the analysis's health pillars, keyed by these: the diagram bundle cannot see the analysis's enum,
	 * so it maps by their documented common order.
	 */
	public static Map<EnginePillar, Integer> byHealthOrder(Map<? extends Enum<?>, Integer> healthScores) {
		Map<EnginePillar, Integer> scores = new EnumMap<>(EnginePillar.class);
		healthScores.forEach((pillar, score) -> scores.put(values()[pillar.ordinal()], score));
		return scores;
	}
}
