package org.salesengine.analysis.capacity;

import java.util.List;

/**
 * The quota assigned on one KPI against that KPI's target ({@code QuotaCoverage} of the model). Only currency and
 * count KPIs: rates (percent, ratio) do not add up across reps.
 *
 * @param kpi        id of the KPI
 * @param assigned   Σ of the individual shares; without any, the largest overlay or pooled share
 * @param individual whether individual quotas carry it
 * @param coverage   assigned ÷ target (1.1 is 110%)
 */
public record KpiQuota(String kpi, String unit, double target, double assigned, boolean individual, double coverage,
		List<QuotaShare> shares) {
	public KpiQuota {
		shares = List.copyOf(shares);
	}
}
