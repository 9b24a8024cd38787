package org.salesengine.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;

/**
 * The analysis's health score of each pillar, keyed by the diagrams' pillars, for colour by health. The health
 * pillars and the diagrams' pillars are the same four, in the same order (strategy, structure, culture, KPIs and
 * compensation); the command line and the workbench both read them here.
 */
public final class PillarScores {
	private PillarScores() {
	}

	public static Map<EnginePillar, Integer> of(WholeEngine engine, List<Finding> findings) {
		Map<EnginePillar, Integer> scores = new EnumMap<>(EnginePillar.class);
		for (PillarHealth pillar : EngineAnalysis.analyze(engine, findings, AnalysisOptions.DEFAULT).health().pillars()) {
			scores.put(EnginePillar.values()[pillar.pillar().ordinal()], pillar.score());
		}
		return scores;
	}
}
