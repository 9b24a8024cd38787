package org.salesengine.ui.diagram;

import java.util.List;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.funnel.FunnelVolumes;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.Findings;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.EngineDocumentModel.Snapshot;

/**
 * The diagram of the engine an editor shows: its whole engine (all files), decorated with the editor's findings;
 * the pipeline also shows the deals each stage needs, from the analysis.
 */
final class EngineDiagrams {
	private EngineDiagrams() {
	}

	static Diagram build(DiagramKind kind, Snapshot snapshot) {
		Engine engine = snapshot.engine();
		if (engine == null || engine.getName() == null) {
			return null;
		}
		WholeEngine whole = SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(engine);
		List<Finding> findings = Findings.of(snapshot.resource().getURI().lastSegment(), snapshot.resource(), snapshot.issues());
		StageVolumes volumes = StageVolumes.NONE;
		if (kind == DiagramKind.PIPELINE) {
			AnalysisResult analysis = EngineAnalysis.analyze(whole, findings, AnalysisOptions.DEFAULT);
			volumes = StageVolumes.of(FunnelVolumes.atStageEntry(analysis));
		}
		return Diagrams.build(kind, whole, findings, volumes);
	}
}
