package org.salesengine.dsl.validation;

/** The part of the engine a rule belongs to. Cross-pillar rules check that two parts line up. */
public enum Pillar {
	STRATEGY("strategy"),
	STRUCTURE("structure"),
	CULTURE("culture"),
	METRICS("metrics"),
	COMPENSATION("compensation"),
	CROSS_PILLAR("cross-pillar");

	private final String label;

	Pillar(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
