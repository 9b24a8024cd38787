package org.salesengine.ui.health;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.EngineDocumentModel.Snapshot;

/**
 * The analysis of the engine an editor shows, with the findings of every file of the engine: the text being typed
 * for this file, the saved text for the others.
 */
final class EngineHealth {
	private EngineHealth() {
	}

	static AnalysisResult analyse(Snapshot snapshot) {
		Engine engine = snapshot.engine();
		if (engine == null || engine.getName() == null) {
			return null;
		}
		WholeEngine whole = SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(engine);
		IResourceValidator validator = SalesEngineUi.get().injector().getInstance(IResourceValidator.class);
		List<Finding> findings = new ArrayList<>(Findings.of(name(snapshot.resource()), snapshot.resource(), snapshot.issues()));
		for (Engine fragment : whole.fragments()) {
			if (fragment != engine && fragment.eResource() != null) {
				findings.addAll(Findings.of(name(fragment.eResource()), fragment.eResource(),
						validator.validate(fragment.eResource(), CheckMode.ALL, CancelIndicator.NullImpl)));
			}
		}
		return EngineAnalysis.analyze(whole, findings, AnalysisOptions.DEFAULT);
	}

	private static String name(org.eclipse.emf.ecore.resource.Resource resource) {
		return resource.getURI().isPlatformResource() ? resource.getURI().toPlatformString(true) : resource.getURI().lastSegment();
	}
}
