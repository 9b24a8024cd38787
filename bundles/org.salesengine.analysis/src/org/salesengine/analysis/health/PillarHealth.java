package org.salesengine.analysis.health;

import java.util.List;

/**
 * One pillar's health.
 *
 * @param score    0 to 100, 100 when nothing counts against it (see {@link HealthScoring})
 * @param penalty  Σ of its findings' penalties
 * @param findings every finding counted against it, largest penalty first
 */
public record PillarHealth(HealthPillar pillar, int score, double penalty, int errors, int warnings, int infos,
		List<ScoredFinding> findings) {

	public PillarHealth {
		findings = List.copyOf(findings);
	}
}
