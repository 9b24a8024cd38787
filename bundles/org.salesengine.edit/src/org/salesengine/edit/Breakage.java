package org.salesengine.edit;

/**
 * A reference that a deletion leaves with nothing to point to (a stage's owner, a plan's role, a measure's KPI), as
 * the caller shows it before confirming: where it is, the element that holds it, and what forcing the deletion does
 * to it ("owner SDR is removed", "measure NewARR is deleted").
 */
public record Breakage(String file, int line, int column, String element, String consequence) {

	/** "structure.sales:30:23: stage NewBusiness.Lead: owner SDR is removed". */
	public String describe() {
		return file + ":" + line + ":" + column + ": " + element + ": " + consequence;
	}
}
