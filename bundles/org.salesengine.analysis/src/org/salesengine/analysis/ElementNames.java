package org.salesengine.analysis;

/**
 * Short forms of element ids for sentences. An engine's report names the engine once, so its elements drop the
 * engine's name: {@code AcmeEmea.AEPlan.NewARR} is "AEPlan.NewARR" in a table and "NewARR" in a sentence about plan
 * AEPlan.
 */
public final class ElementNames {
	private ElementNames() {
	}

	/** The id without its engine: "AEPlan.NewARR". */
	public static String local(String id) {
		int dot = id.indexOf('.');
		return dot < 0 ? id : id.substring(dot + 1);
	}

	/** The element's own name, the id's last part: "NewARR". */
	public static String last(String id) {
		int dot = id.lastIndexOf('.');
		return dot < 0 ? id : id.substring(dot + 1);
	}
}
