package org.salesengine.analysis.scenario;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * Locates a scenario's findings in the text of the engine it was copied from: a copy has no node model, so each
 * element is looked up where its original was written (an element the scenario added, such as a hire, where its
 * container was). A finding of a scenario is then at the same line and column as the same finding of the base.
 */
final class OriginalLocations extends DiagnosticConverterImpl {
	private Map<EObject, EObject> originals = Map.of();

	void use(Map<EObject, EObject> copyToOriginal) {
		this.originals = copyToOriginal;
	}

	@Override
	protected IssueLocation getLocationData(EObject obj, EStructuralFeature structuralFeature, int index) {
		EObject original = originals.get(obj);
		return super.getLocationData(original == null ? obj : original, structuralFeature, index);
	}
}
