package org.salesengine.analysis.health;

import org.salesengine.dsl.load.Finding;

/**
 * A finding with what it costs its pillar's health score.
 *
 * @param origin    {@link Origin#VALIDATOR}: every finding is the validator's, the numbers' rules included
 * @param objective name of the highest-priority objective the finding touches, or null
 * @param priority  that objective's priority, or null
 * @param penalty   its share of its cause's penalty, in proportion to its own weight: severity weight × priority
 *                  factor (see {@link HealthScoring}); a finding that is a cause of its own has all of it
 */
public record ScoredFinding(Finding finding, Origin origin, String objective, Integer priority, double penalty) {

	public enum Origin {
		VALIDATOR("validator");

		private final String label;

		Origin(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
