package org.salesengine.data.crm;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a CRM export, as read: texts for the names (the stage, process and segment are matched to the engine
 * later, per process), dates and the amount parsed.
 *
 * @param history the stages entered, in order, with their dates; empty when the export has no history
 */
public record Opportunity(int row, String process, String segment, String ownerRole, LocalDate created, LocalDate closed,
		Double amount, String stage, String stageReached, List<StageEntry> history, Outcome outcome) {

	public enum Outcome {
		WON, LOST, OPEN, UNKNOWN
	}

	/** A stage entered on a date. */
	public record StageEntry(String stage, LocalDate entered) {
	}
}
