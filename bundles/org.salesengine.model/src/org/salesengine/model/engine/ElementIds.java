package org.salesengine.model.engine;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Outcome;
import org.salesengine.model.Plan;
import org.salesengine.model.Stage;

/**
 * The stable id of an element: its qualified name, {@code Engine.Element}. Names are unique per engine, so the
 * engine's name plus the element's name is enough. A measure has no name of its own and is {@code Engine.Plan.Kpi}.
 * Diagnostics, diagrams (SVG ids) and the analysis all link to elements by this id.
 */
public final class ElementIds {
	private ElementIds() {
	}

	public static String of(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Engine engine) {
				return nonNull(engine.getName());
			}
			if (current instanceof NamedElement named && named.getName() != null) {
				return engineName(current) + "." + named.getName();
			}
			if (current instanceof Measure measure && measure.eContainer() instanceof Plan plan) {
				return engineName(plan) + "." + nonNull(plan.getName()) + "." + measuredKpiName(measure);
			}
		}
		return "";
	}

	/**
	 * The element's name as the language writes it, qualified by its engine: {@code AcmeEmea.SDR}, a measure
	 * {@code AcmeEmea.AEPlan.NewARR}, and a stage or outcome within its process, {@code AcmeEmea.NewBusiness.Lead}, as
	 * a scenario's {@code set} and the edit operations name it (two processes may both have a stage Lead). The id of
	 * the user's reports on a design: {@code diff}, {@code compare}'s changes and {@code calibrate}'s figures.
	 */
	public static String qualifiedName(EObject element) {
		if ((element instanceof Stage || element instanceof Outcome) && element.eContainer() instanceof NamedElement process
				&& ((NamedElement) element).getName() != null) {
			return of(process) + "." + ((NamedElement) element).getName();
		}
		return of(element);
	}

	/** The name a measure is known by: its KPI's name, or a position when the KPI does not resolve. */
	public static String measuredKpiName(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (kpi != null && !kpi.eIsProxy() && kpi.getName() != null) {
			return kpi.getName();
		}
		Plan plan = (Plan) measure.eContainer();
		return "measure" + (plan == null ? 0 : plan.getMeasures().indexOf(measure) + 1);
	}

	private static String engineName(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof Engine engine) {
				return nonNull(engine.getName());
			}
		}
		return "";
	}

	private static String nonNull(String name) {
		return name == null ? "" : name;
	}
}
