package org.salesengine.ui.diagram;

import java.util.List;
import java.util.Map;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.funnel.FunnelVolumes;
import org.salesengine.analysis.health.PillarScores;
import org.salesengine.analysis.scenario.ScenarioCopies;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.Scenario;
import org.salesengine.model.View;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.TableViews;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.table.scenario.TableScenarios;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.EngineDocumentModel.Snapshot;

/**
 * The representation of the engine an editor shows, through the view asked for: its whole engine (all files),
 * decorated with the editor's findings; the pipeline also shows the deals each stage needs, from the analysis, and
 * colour by health the analysis's pillar scores.
 */
final class EngineDiagrams {
	/**
	 * What one build gives: a diagram or a table, the settings it was built with, the engine's saved views, and the
	 * pins the diagram was laid out with.
	 */
	record Built(Diagram diagram, Table table, ViewSettings settings, List<String> savedViews, ViewPins pins) {
	}

	private EngineDiagrams() {
	}

	static Diagram build(DiagramKind kind, Snapshot snapshot) {
		Built built = build(ViewRequest.DEFAULT.withRepresentation(kind.cliName()), snapshot);
		return built == null ? null : built.diagram();
	}

	static Built build(ViewRequest request, Snapshot snapshot) {
		return build(request, snapshot, null);
	}

	/**
	 * @param scenario a scenario of the engine to draw, its changed elements marked; null (or one the engine no longer
	 *                 has) for the engine as written
	 */
	static Built build(ViewRequest request, Snapshot snapshot, String scenario) {
		Engine engine = snapshot.engine();
		if (engine == null || engine.getName() == null) {
			return null;
		}
		WholeEngine whole = SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(engine);
		List<Finding> findings = Findings.of(snapshot.resource().getURI().lastSegment(), snapshot.resource(), snapshot.issues());
		// The pins belong to the engine as written (its first file on disk), also when a scenario's copy is drawn.
		WholeEngine written = whole;
		Scenario chosen = scenario == null ? null : ScenarioCopies.find(whole, scenario);
		ScenarioMarks marks = null;
		if (chosen != null) {
			ScenarioEngine run = SalesEngineUi.get().injector().getInstance(ScenarioCopies.class).apply(whole, findings, chosen,
					resource -> resource.getURI().lastSegment());
			whole = run.engine();
			findings = run.findings();
			marks = ScenarioDrawing.marks(run);
		}
		ViewSettings settings = request.resolve(whole);
		List<String> saved = whole.views().stream().map(View::getName).filter(name -> name != null).toList();
		if (ViewWords.isTable(settings.representation())) {
			Table table = TableViews.build(TableKind.byCliName(settings.representation()).orElseThrow(), whole, findings, settings);
			return new Built(null, marks == null ? table : TableScenarios.mark(table, marks), settings, saved, ViewPins.NONE);
		}
		DiagramKind kind = DiagramKind.byCliName(settings.representation());
		if (kind == null) {
			kind = DiagramKind.ENGINE;
		}
		StageVolumes volumes = StageVolumes.NONE;
		if (kind == DiagramKind.PIPELINE) {
			AnalysisResult analysis = EngineAnalysis.analyze(whole, findings, AnalysisOptions.DEFAULT);
			volumes = StageVolumes.of(FunnelVolumes.atStageEntry(analysis));
		}
		ViewPins pins = ViewPins.of(written, settings);
		Diagram diagram = Diagrams.build(kind, whole, findings, volumes, settings,
				"health".equals(settings.colorBy()) ? EnginePillar.byHealthOrder(PillarScores.of(whole, findings)) : Map.of(), null, marks, pins.pins());
		return new Built(diagram, null, settings, saved, pins);
	}
}
