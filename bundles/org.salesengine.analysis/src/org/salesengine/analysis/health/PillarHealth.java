package org.salesengine.analysis.health;

import java.util.List;

/**
 * One pillar's health.
 *
 * @param score    0 to 100, 100 when nothing counts against it (see {@link HealthScoring})
 * @param penalty  Σ of its causes' penalties (which is Σ of its findings' shares)
 * @param findings every finding counted against it, largest share of a penalty first
 * @param causes   its findings grouped by root cause, largest penalty first (ties: file order)
 */
public record PillarHealth(HealthPillar pillar, int score, double penalty, int errors, int warnings, int infos,
		List<ScoredFinding> findings, List<ScoredCause> causes) {

	public PillarHealth {
		findings = List.copyOf(findings);
		causes = List.copyOf(causes);
	}
}
