package org.salesengine.analysis.funnel;

/**
 * What raising one stage's conversion buys, with the volume entering the funnel held at what the target needs.
 *
 * @param process          id of the process
 * @param stage            id of the stage
 * @param owner            the stage's owner role, the one to coach; null when the stage has none
 * @param conversion       the stage's conversion today
 * @param raisedConversion conversion + 5 points, at most 100%
 * @param extraDeals       deals won on top of the target's deals
 * @param extraBookings    extraDeals × average deal, in the KPI's currency; null for a count KPI
 * @param kpi              name of the KPI the extra bookings count towards
 */
public record FunnelLever(String process, String stage, String owner, double conversion, double raisedConversion, double extraDeals,
		Double extraBookings, String kpi) {
}
