package org.salesengine.model.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesengine.model.Role;
import org.salesengine.model.engine.Staffing.Scenario;

/**
 * Nominal against effective street quota, per role and for the engine. The effective street quota sums the effective
 * capacities of the same individual measures the nominal one sums ({@link WholeEngine#streetQuota()}): per role,
 * effective heads ({@link Staffing}) × the quotas per head of its street-quota measures.
 *
 * @param period the engine's period
 * @param roles  per quota-carrying role, in the order its first street-quota measure appears
 * @param total  the engine's waterfall: Σ of the roles'
 */
public record StreetCapacity(Period period, List<RoleCapacity> roles, CapacityWaterfall total) {

	/**
	 * One role's part.
	 *
	 * @param quotaPerHead    Σ of the quotas per head of the role's street-quota measures
	 * @param productiveHeads productive heads in months 1..P, as given
	 */
	public record RoleCapacity(Role role, Staffing staffing, double quotaPerHead, CapacityWaterfall waterfall,
			double[] productiveHeads) {

		/** Effective capacity in period months first..last (1-based, inclusive): Σ productive heads × quota / P. */
		public double effectiveIn(int first, int last) {
			double sum = 0;
			for (int m = Math.max(1, first); m <= Math.min(last, productiveHeads.length); m++) {
				sum += productiveHeads[m - 1];
			}
			return sum * quotaPerHead / staffing.months();
		}
	}

	public StreetCapacity {
		roles = List.copyOf(roles);
	}

	/** Null when the engine has no readable period (then there are no months to count). */
	public static StreetCapacity of(WholeEngine engine) {
		Period period = Period.of(engine);
		if (period == null) {
			return null;
		}
		Map<Role, Double> quotaByRole = new IdentityHashMap<>();
		Map<Role, Boolean> order = new LinkedHashMap<>();
		for (StreetQuota.Contribution contribution : engine.streetQuota().contributions()) {
			quotaByRole.merge(contribution.role(), contribution.quota().doubleValue(), Double::sum);
			order.putIfAbsent(contribution.role(), true);
		}
		List<RoleCapacity> roles = new ArrayList<>();
		CapacityWaterfall total = CapacityWaterfall.ZERO;
		for (Role role : order.keySet()) {
			Staffing staffing = Staffing.of(role, period);
			double quota = quotaByRole.get(role);
			CapacityWaterfall waterfall = CapacityWaterfall.of(staffing.nominalHeads() * quota,
					staffing.effectiveHeads(Scenario.AS_GIVEN) * quota, staffing.effectiveHeads(Scenario.NO_RAMP) * quota,
					staffing.effectiveHeads(Scenario.NO_ATTRITION) * quota, staffing.effectiveHeads(Scenario.NEITHER) * quota);
			roles.add(new RoleCapacity(role, staffing, quota, waterfall, staffing.productiveHeads(Scenario.AS_GIVEN)));
			total = total.plus(waterfall);
		}
		return new StreetCapacity(period, roles, total);
	}

	/** Effective street quota in each quarter of the period (months 1-3, 4-6, ...). */
	public double[] effectiveByQuarter() {
		double[] quarters = new double[period.quarters()];
		for (int q = 0; q < quarters.length; q++) {
			for (RoleCapacity role : roles) {
				quarters[q] += role.effectiveIn(3 * q + 1, 3 * q + 3);
			}
		}
		return quarters;
	}
}
