package org.salesengine.diagram.model;

/**
 * What an edge means. Each kind belongs to the pillar whose question it answers, which gives it its color; the
 * label reads source-to-target, "KPI supports objective".
 */
public enum LinkKind {
	SUPPORTS("supports", "supports", EnginePillar.STRATEGY),
	COVERS("covers", "covers segment", EnginePillar.STRATEGY),
	SERVES("serves", "serves segment", EnginePillar.STRATEGY),
	OWNS("owns", "owns", EnginePillar.STRUCTURE),
	PRODUCES("produces", "produces", EnginePillar.STRUCTURE),
	STAFFS("staffs", "team includes role", EnginePillar.STRUCTURE),
	NEXT_STAGE("next-stage", "next stage", EnginePillar.STRUCTURE),
	WON("won", "won", EnginePillar.STRUCTURE),
	LOST("lost", "lost", EnginePillar.STRUCTURE),
	INDICATOR("indicator", "indicator", EnginePillar.CULTURE),
	REINFORCED_BY("reinforced-by", "reinforced by", EnginePillar.CULTURE),
	REVIEWS("reviews", "reviews", EnginePillar.CULTURE),
	FORMULA_INPUT("formula-input", "input to formula", EnginePillar.COMPENSATION),
	PAID_BY("paid-by", "paid by", EnginePillar.COMPENSATION),
	HAS_MEASURE("has-measure", "has measure", EnginePillar.COMPENSATION),
	REWARDS("rewards", "rewards", EnginePillar.COMPENSATION);

	private final String styleClass;
	private final String label;
	private final EnginePillar pillar;

	LinkKind(String styleClass, String label, EnginePillar pillar) {
		this.styleClass = styleClass;
		this.label = label;
		this.pillar = pillar;
	}

	public String styleClass() {
		return styleClass;
	}

	public String label() {
		return label;
	}

	public EnginePillar pillar() {
		return pillar;
	}
}
