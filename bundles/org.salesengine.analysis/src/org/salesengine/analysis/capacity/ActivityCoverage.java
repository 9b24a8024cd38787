package org.salesengine.analysis.capacity;

import java.util.List;

/**
 * An activity measure (a quota on a count KPI) against the volume the funnels need from the stage it feeds
 * ({@code ActivityCapacity} of the model).
 *
 * @param measure    id of the measure, {@code Engine.Plan.Kpi}
 * @param role       the plan's role
 * @param capacity   quota × nominal heads (a pool's quota once)
 * @param demands    one per sized funnel the KPI is matched to (see {@link MatchedBy})
 * @param needed     Σ of the demands' needed (their exits, or the entries a binding counts)
 * @param coverage   capacity ÷ needed (1.215 is 121.5%)
 * @param comparison the comparison in words, as the validator's finding states it
 */
public record ActivityCoverage(String measure, String role, String kpi, double quota, int headcount, double capacity,
		List<StageDemand> demands, double needed, double coverage, MatchedBy matchedBy, String comparison) {

	/** How the count KPI was matched to a funnel stage. */
	public enum MatchedBy {
		/** The stage the KPI counts ({@code counts STAGE entries|exits}): what the KPI says it is. */
		BINDING("binding"),
		/** The last stage, in each funnel, that the plan's role owns: the volume the role hands on (a guess). */
		STAGE_OWNER("stage-owner"),
		/** The last stage during which a behavior that has the KPI as its indicator is expected (a guess). */
		BEHAVIOR_INDICATOR("behavior-indicator");

		private final String label;

		MatchedBy(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public ActivityCoverage {
		demands = List.copyOf(demands);
	}
}
