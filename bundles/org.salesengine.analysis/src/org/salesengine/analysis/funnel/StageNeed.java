package org.salesengine.analysis.funnel;

/**
 * One stage of a back-solved funnel: how many opportunities must enter it, and leave it, for the process to win the
 * deals its KPI target needs.
 *
 * @param stage         id, {@code Engine.Stage}
 * @param owner         the owning role's name, or null
 * @param conversion    fraction of entering opportunities that leave the stage forward (0.4 for 40%)
 * @param durationDays  days an opportunity spends in it (a month counts 30 days), or null when not given
 * @param neededAtEntry opportunities that must enter: neededAtExit ÷ conversion
 * @param neededAtExit  opportunities that must leave forward: the next stage's entry, or the deals needed after the
 *                      last stage
 */
public record StageNeed(String stage, String owner, double conversion, Integer durationDays, double neededAtEntry,
		double neededAtExit) {
}
