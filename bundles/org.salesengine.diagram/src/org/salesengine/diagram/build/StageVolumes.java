package org.salesengine.diagram.build;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * How many deals each stage needs, by stage id ({@code AcmeEmea.Discovery}), for the pipeline diagram to show. The
 * analysis computes these; the diagram only prints them, so it takes them as an input and draws stages without a
 * volume line when there are none.
 */
@FunctionalInterface
public interface StageVolumes {
	StageVolumes NONE = stageId -> OptionalDouble.empty();

	OptionalDouble volumeAt(String stageId);

	static StageVolumes of(Map<String, Double> volumesByStageId) {
		Map<String, Double> copy = Map.copyOf(volumesByStageId);
		return stageId -> copy.containsKey(stageId) ? OptionalDouble.of(copy.get(stageId)) : OptionalDouble.empty();
	}
}
