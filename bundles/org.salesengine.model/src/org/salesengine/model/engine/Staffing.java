package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.model.Hire;
import org.salesengine.model.Role;

/**
 * The capacity model of one role, exactly as docs/analysis.md states it:
 * <ul>
 * <li>the period is cut into calendar months m = 1..P from its start ({@link Period});</li>
 * <li>heads there at the start are fully ramped; in month m there are H × (1 − a/12)^(m−1) of them, H the headcount
 * and a the annual attrition (0 when not given);</li>
 * <li>a hire of N heads whose first month is m0 has tenure month k = m − m0 + 1 in month m ≥ m0; it has
 * N × (1 − a/12)^(k−1) heads, at productivity ramp(k) ({@link Ramp});</li>
 * <li>productive heads in month m are the sum of both; the effective heads of the period are Σ_m productive heads / P,
 * so the effective capacity of an individual measure is effective heads × quota;</li>
 * <li>nominal heads count hires as full heads: H + Σ N.</li>
 * </ul>
 * Hires dated outside the period are left out of both (the validator reports them as hire-outside-period).
 *
 * @param headcount H
 * @param hires     the hires inside the period, by first month
 * @param attrition a, the annual attrition as a fraction
 * @param ramp      productivity by tenure month of the hires
 * @param months    P
 */
public record Staffing(int headcount, List<Hiring> hires, double attrition, Ramp ramp, int months) {

	/** N heads whose first month is period month m0. */
	public record Hiring(int count, int firstMonth) {
	}

	/** Which effects a scenario applies: the figures as given, or with the ramp or the attrition taken away. */
	public enum Scenario {
		AS_GIVEN(true, true), NO_RAMP(false, true), NO_ATTRITION(true, false), NEITHER(false, false);

		final boolean ramp;
		final boolean attrition;

		Scenario(boolean ramp, boolean attrition) {
			this.ramp = ramp;
			this.attrition = attrition;
		}
	}

	public Staffing {
		hires = List.copyOf(hires);
	}

	/** The role's staffing over the period; heads are 0 when the role has no headcount. */
	public static Staffing of(Role role, Period period) {
		List<Hiring> hires = new ArrayList<>();
		for (Hire hire : role.getHires()) {
			LocalDate date = date(hire.getDate());
			if (hire.getCount() != null && date != null && period.contains(date)) {
				hires.add(new Hiring(hire.getCount(), period.month(date)));
			}
		}
		BigDecimal attrition = role.getAttrition();
		return new Staffing(role.getHeadcount() == null ? 0 : role.getHeadcount(), hires,
				attrition == null ? 0 : attrition.doubleValue(), Ramp.of(role), period.months());
	}

	/** H + Σ N: every head, hired or not, counted in full for the whole period. */
	public int nominalHeads() {
		return headcount + hires.stream().mapToInt(Hiring::count).sum();
	}

	/** Productive heads in each month m = 1..P (index m − 1) under a scenario. */
	public double[] productiveHeads(Scenario scenario) {
		double keep = scenario.attrition ? 1 - attrition / 12 : 1;
		double[] heads = new double[months];
		for (int m = 1; m <= months; m++) {
			double total = headcount * Math.pow(keep, m - 1);
			for (Hiring hire : hires) {
				if (m >= hire.firstMonth()) {
					int k = m - hire.firstMonth() + 1;
					total += hire.count() * Math.pow(keep, k - 1) * (scenario.ramp ? ramp.productivity(k) : 1);
				}
			}
			heads[m - 1] = total;
		}
		return heads;
	}

	/** Σ_m productive heads / P under a scenario: quota × this is the effective capacity of a measure. */
	public double effectiveHeads(Scenario scenario) {
		double sum = 0;
		for (double heads : productiveHeads(scenario)) {
			sum += heads;
		}
		return months == 0 ? 0 : sum / months;
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
