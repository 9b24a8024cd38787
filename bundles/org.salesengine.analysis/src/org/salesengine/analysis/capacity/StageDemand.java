package org.salesengine.analysis.capacity;

/**
 * The volume a funnel needs out of one stage, which an activity KPI is compared with.
 *
 * @param process       id of the process
 * @param stage         id of the stage
 * @param neededAtExit  opportunities that must leave the stage forward
 * @param neededAtEntry opportunities that must enter it
 * @param flow          "exits", or "entries" when the KPI's binding counts those
 */
public record StageDemand(String process, String stage, double neededAtExit, double neededAtEntry, String flow) {
}
