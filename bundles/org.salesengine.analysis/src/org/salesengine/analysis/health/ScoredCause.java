package org.salesengine.analysis.health;

import java.util.List;

import org.salesengine.dsl.load.Finding;

/**
 * A root cause with what it costs its pillar: the findings of one rule on one subject, counted once (see
 * {@link HealthScoring}).
 *
 * @param cause     the id its findings share ({@link Finding#cause()})
 * @param headline  the cause in one sentence: a lone finding's message, or its subject, count and rule
 * @param findings  its instances, in file order, each with its share of the penalty
 * @param objective name of the highest-priority objective any instance touches, or null
 * @param priority  that objective's priority, or null
 * @param penalty   the cause's penalty: the largest instance's × (1 + log2 instances), never more than their sum
 */
public record ScoredCause(String cause, String headline, List<ScoredFinding> findings, String objective, Integer priority,
		double penalty) {

	public ScoredCause {
		findings = List.copyOf(findings);
	}

	/** The cause's first instance: where the text report puts it. */
	public Finding first() {
		return findings.get(0).finding();
	}
}
