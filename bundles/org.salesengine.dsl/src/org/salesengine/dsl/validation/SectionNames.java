package org.salesengine.dsl.validation;

import org.eclipse.emf.ecore.EClass;
import org.salesengine.model.SalesEnginePackage;

/** The keyword of each section, and the section each kind of element belongs in. */
public final class SectionNames {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;

	private SectionNames() {
	}

	/** "strategy" for a StrategySection. */
	public static String of(EClass section) {
		String name = section.getName();
		return name.substring(0, name.length() - "Section".length()).toLowerCase(java.util.Locale.ROOT);
	}

	/** The section where an element of this kind is declared: "metrics" for a KPI. */
	public static String home(EClass element) {
		if (element == MODEL.getObjective() || element == MODEL.getSegment()) {
			return of(MODEL.getStrategySection());
		}
		if (element == MODEL.getRole() || element == MODEL.getTeam() || element == MODEL.getSalesProcess()
				|| element == MODEL.getTerritory() || element == MODEL.getChannel()) {
			return of(MODEL.getStructureSection());
		}
		if (element == MODEL.getBehavior() || element == MODEL.getRitual()) {
			return of(MODEL.getCultureSection());
		}
		if (element == MODEL.getKpi()) {
			return of(MODEL.getMetricsSection());
		}
		return of(MODEL.getCompensationSection());
	}
}
