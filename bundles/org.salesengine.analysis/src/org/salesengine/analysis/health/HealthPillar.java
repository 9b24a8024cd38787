package org.salesengine.analysis.health;

/**
 * The four parts of sales management the health score rates. The validator's five pillars plus cross-pillar map onto
 * them as documented in {@link PillarMapping}.
 */
public enum HealthPillar {
	STRATEGY("strategy", "Strategy"),
	STRUCTURE_PROCESS("structure-process", "Structure & process"),
	CULTURE_BEHAVIOR("culture-behavior", "Culture & behavior"),
	METRICS_COMPENSATION("metrics-compensation", "Metrics & compensation");

	private final String id;
	private final String label;

	HealthPillar(String id, String label) {
		this.id = id;
		this.label = label;
	}

	/** Stable id for JSON: "metrics-compensation". */
	public String id() {
		return id;
	}

	/** For people: "Metrics & compensation". */
	public String label() {
		return label;
	}
}
