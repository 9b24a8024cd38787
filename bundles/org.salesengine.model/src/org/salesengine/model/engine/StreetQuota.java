package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.List;

import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;

/**
 * The nominal street quota: quota × nominal heads (headcount plus hires, each a full head) over the individual quotas
 * that measure the revenue target ({@link WholeEngine#streetQuota()}), with its parts.
 */
public record StreetQuota(List<Contribution> contributions) {

	/** One individual measure's part: its quota per head times the nominal heads of the plan's role. */
	public record Contribution(Plan plan, Measure measure, BigDecimal quota, int headcount) {
		public BigDecimal total() {
			return quota.multiply(BigDecimal.valueOf(headcount));
		}

		public Role role() {
			return plan.getRole();
		}
	}

	public StreetQuota {
		contributions = List.copyOf(contributions);
	}

	public boolean isEmpty() {
		return contributions.isEmpty();
	}

	public BigDecimal total() {
		return contributions.stream().map(Contribution::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
