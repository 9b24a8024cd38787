package org.salesengine.ui.health;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.model.Scenario;
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
		return analyse(snapshot, ScenarioEngine.BASE);
	}

	/** The analysis of one scenario of the engine (base: the engine as written); the base's when it has no such scenario. */
	static AnalysisResult analyse(Snapshot snapshot, String scenario) {
		ScenarioEngine run = scenario(snapshot, scenario);
		return run == null ? null : EngineAnalysis.analyze(run.engine(), run.findings(), AnalysisOptions.DEFAULT);
	}

	/** The base and every scenario of the engine side by side, as {@code salesengine compare} shows them (no simulation). */
	static ScenarioComparison compare(Snapshot snapshot) {
		ScenarioEngine base = scenario(snapshot, ScenarioEngine.BASE);
		if (base == null) {
			return null;
		}
		List<ScenarioEngine> columns = new ArrayList<>();
		columns.add(base);
		ScenarioCopies copies = SalesEngineUi.get().injector().getInstance(ScenarioCopies.class);
		for (Scenario scenario : Scenarios.of(base.engine())) {
			columns.add(copies.apply(base.engine(), base.findings(), scenario, EngineHealth::name));
		}
		return ScenarioComparison.of(columns, AnalysisOptions.DEFAULT);
	}

	private static ScenarioEngine scenario(Snapshot snapshot, String name) {
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
		ScenarioEngine base = ScenarioCopies.base(whole, findings);
		Scenario scenario = ScenarioEngine.BASE.equals(name) ? null : ScenarioCopies.find(whole, name);
		return scenario == null ? base
				: SalesEngineUi.get().injector().getInstance(ScenarioCopies.class).apply(whole, findings, scenario, EngineHealth::name);
	}

	private static String name(org.eclipse.emf.ecore.resource.Resource resource) {
		return resource.getURI().isPlatformResource() ? resource.getURI().toPlatformString(true) : resource.getURI().lastSegment();
	}
}
