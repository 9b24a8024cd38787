package org.salesengine.diagram.model;

/**
 * The four parts of an engine as the diagrams group them. The validator's rule pillars split metrics from
 * compensation; a diagram keeps KPIs next to the plans that pay on them, because that link is what readers check.
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
}
