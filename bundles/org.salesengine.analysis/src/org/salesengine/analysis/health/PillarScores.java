package org.salesengine.analysis.health;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;

/**
 * The health score of each pillar, for colour by health: what the command line, the workbench and the language server
 * colour diagrams with. The diagrams' pillars are these four in the same order ({@code EnginePillar.byHealthOrder}).
 */
public final class PillarScores {
	private PillarScores() {
	}

	public static Map<HealthPillar, Integer> of(WholeEngine engine, List<Finding> findings) {
		Map<HealthPillar, Integer> scores = new EnumMap<>(HealthPillar.class);
		for (PillarHealth pillar : EngineAnalysis.analyze(engine, findings, AnalysisOptions.DEFAULT).health().pillars()) {
			scores.put(pillar.pillar(), pillar.score());
		}
		return scores;
	}
}
