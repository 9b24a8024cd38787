package org.salesengine.model.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.salesengine.model.CreditType;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;

/**
 * Quota assigned on a KPI against its target, by credit type. Individual quotas add up: Σ quota × nominal heads, over
 * the quotas on the KPI and on every KPI its formula adds up ({@link KpiSums#withTermsOf}: a TotalARR target is
 * covered by the quotas on NewARR and ExpansionARR; credit on a total includes credit on its parts). A KPI that only
 * overlay or pooled quotas carry, on itself or its parts, is covered by its own, each counted once (a pool's number
 * once, an overlay's heads × quota); since they are all credit on the same deals, the KPI's coverage is the largest of
 * them, not their sum. Only currency and count KPIs with a target: rates do not add up across reps.
 *
 * @param kpi        the KPI
 * @param assigned   Σ of the individual shares, or the largest overlay or pooled share when there is no individual one
 * @param individual whether individual quotas carry the KPI
 * @param shares     the shares counted: the individual ones, or else every overlay and pooled one
 */
public record QuotaCoverage(Kpi kpi, double target, double assigned, boolean individual, List<Share> shares) {

	/**
	 * One measure's quota on the KPI.
	 *
	 * @param heads the nominal heads of the plan's role
	 * @param total quota × heads, or the quota itself for a pool
	 */
	public record Share(Plan plan, Measure measure, CreditType credit, double quota, int heads, double total) {
	}

	public QuotaCoverage {
		shares = List.copyOf(shares);
	}

	public double coverage() {
		return assigned / target;
	}

	public static List<QuotaCoverage> of(WholeEngine engine) {
		List<QuotaCoverage> result = new ArrayList<>();
		for (Kpi kpi : engine.kpis()) {
			QuotaCoverage coverage = of(kpi, engine);
			if (coverage != null) {
				result.add(coverage);
			}
		}
		return List.copyOf(result);
	}

	/** Null when the KPI is not a currency or count KPI with a target, or no quota is set on it. */
	public static QuotaCoverage of(Kpi kpi, WholeEngine engine) {
		KpiUnit unit = kpi.isSetUnit() ? kpi.getUnit() : null;
		if (kpi.getTarget() == null || kpi.getTarget().signum() <= 0 || (unit != KpiUnit.CURRENCY && unit != KpiUnit.COUNT)) {
			return null;
		}
		List<Share> individual = new ArrayList<>();
		List<Share> shared = new ArrayList<>();
		for (Kpi part : KpiSums.withTermsOf(kpi)) {
			for (Measure measure : engine.measuresOn(part)) {
				Share share = share(measure, engine);
				if (share == null) {
					continue;
				}
				if (share.credit() == CreditType.INDIVIDUAL) {
					individual.add(share);
				} else if (part == kpi) {
					// An overlay on a part is credit on deals the part's own coverage already counts.
					shared.add(share);
				}
			}
		}
		double target = kpi.getTarget().doubleValue();
		if (!individual.isEmpty()) {
			return new QuotaCoverage(kpi, target, individual.stream().mapToDouble(Share::total).sum(), true, individual);
		}
		if (shared.isEmpty()) {
			return null;
		}
		double largest = shared.stream().max(Comparator.comparingDouble(Share::total)).get().total();
		return new QuotaCoverage(kpi, target, largest, false, shared);
	}

	/** A measure's quota as it counts: null without a quota or a role with a headcount. */
	public static Share share(Measure measure, WholeEngine engine) {
		Plan plan = (Plan) measure.eContainer();
		Role role = plan.getRole();
		if (measure.periodQuota() == null || !WholeEngine.resolved(role) || role.getHeadcount() == null) {
			return null;
		}
		double quota = measure.periodQuota().doubleValue();
		int heads = engine.nominalHeads(role);
		double total = measure.getCredit() == CreditType.POOLED ? quota : quota * heads;
		return new Share(plan, measure, measure.getCredit(), quota, heads, total);
	}
}
