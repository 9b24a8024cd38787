package org.salesengine.analysis.health;

import java.util.List;

/**
 * The answer to "which part of our sales management, strengthened today, would create the biggest shift?".
 *
 * @param pillar   the pillar to strengthen; null when the engine gives nothing to rank
 * @param basis    {@link Basis#FINDINGS} when the weakest pillar has findings that cost it points; otherwise
 *                 {@link Basis#FUNNEL}: every pillar is clean and the biggest shift left is the best funnel lever
 * @param headline one sentence
 * @param reasons  the pillar's top findings, or the top funnel levers, as sentences
 */
public record BiggestShift(HealthPillar pillar, Basis basis, String headline, List<String> reasons) {

	public enum Basis {
		FINDINGS("findings"), FUNNEL("funnel"), NONE("none");

		private final String label;

		Basis(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public BiggestShift {
		reasons = List.copyOf(reasons);
	}
}
