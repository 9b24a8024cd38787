package org.salesengine.analysis.funnel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.salesengine.analysis.AnalysisResult;

/**
 * The back-solved volumes by stage id ({@code AcmeEmea.Discovery}), as diagrams key stages: how many
 * deals must enter each stage for its process to reach its KPI target. The pipeline diagram prints them.
 */
public final class FunnelVolumes {
	private FunnelVolumes() {
	}

	public static Map<String, Double> atStageEntry(AnalysisResult result) {
		Map<String, Double> volumes = new LinkedHashMap<>();
		for (Funnel funnel : result.funnels()) {
			for (StageNeed stage : funnel.stages()) {
				volumes.put(stage.stage(), stage.neededAtEntry());
			}
		}
		return volumes;
	}
}
