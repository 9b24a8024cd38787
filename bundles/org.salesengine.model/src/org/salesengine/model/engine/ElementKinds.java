package org.salesengine.model.engine;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.SalesEnginePackage;

/** The word users say for each kind of element, for messages, labels and legends. */
public final class ElementKinds {
	private ElementKinds() {
	}

	public static String of(EObject element) {
		return of(element.eClass());
	}

	public static String of(EClass type) {
		SalesEnginePackage p = SalesEnginePackage.eINSTANCE;
		if (type == p.getKpi()) {
			return "KPI";
		}
		if (type == p.getSalesProcess()) {
			return "process";
		}
		if (type == p.getSpif()) {
			return "SPIF";
		}
		if (type == p.getMbo()) {
			return "MBO";
		}
		if (type == p.getNamedElement()) {
			return "element";
		}
		return type.getName().toLowerCase(java.util.Locale.ROOT);
	}
}
