package org.salesengine.dsl.validation;

/**
 * What makes findings of one rule one root cause: the subject they share. Findings of the same rule on the same subject
 * are one cause, reported once with its instances listed (seven plans paying on a KPI that supports no objective are
 * one fix, on the KPI). Conservative on purpose: a rule's subject is the element it is reported on unless the catalogue
 * names another one ({@link Rule#cause()}), and two rules never share a cause.
 */
public enum CauseSubject {
	ELEMENT("the element it is reported on"),
	MEASURED_KPI("the KPI the measure pays on"),
	REWARDED_KPI("the KPI the SPIF rewards"),
	PLANNED_ROLE("the role the plans pay"),
	FORMULA_CYCLE("the KPIs of the formula cycle"),
	PRODUCED_KPI("the KPI the process produces"),
	DUPLICATED_NAME("the name the elements share"),
	STAGE_OWNER("the stage's owner, in the stage's process"),
	LINK_TEXT("the name that links to nothing");

	private final String description;

	CauseSubject(String description) {
		this.description = description;
	}

	/** "the KPI the measure pays on": for the catalogue. */
	public String description() {
		return description;
	}
}
