package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.List;

import org.salesengine.model.Measure;
import org.salesengine.model.Plan;

/** The sum of quota times headcount over the currency measures of quota-carrying roles, with its parts. */
public record StreetQuota(List<Contribution> contributions) {

	public record Contribution(Plan plan, Measure measure, BigDecimal quota, int headcount) {
		public BigDecimal total() {
			return quota.multiply(BigDecimal.valueOf(headcount));
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
