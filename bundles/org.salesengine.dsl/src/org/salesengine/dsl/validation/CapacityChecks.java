package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Hire;
import org.salesengine.model.Role;
import org.salesengine.model.StrategySection;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CapacityWaterfall;
import org.salesengine.model.engine.Period;
import org.salesengine.model.engine.Seasonality;
import org.salesengine.model.engine.StreetCapacity;
import org.salesengine.model.engine.WholeEngine;

/**
 * Ramp schedules, hires and seasonality as written, and the effective street quota they give
 * ({@link StreetCapacity}, the model the analysis shows).
 */
public class CapacityChecks extends RuleChecks {

	@Check
	public void rampOutOfRange(Role role) {
		List<BigDecimal> schedule = role.getRampSchedule();
		for (int i = 0; i < schedule.size(); i++) {
			BigDecimal value = schedule.get(i);
			if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
				report(Rule.RAMP_OUT_OF_RANGE, "role " + name(role) + ": ramp value " + Amounts.exactPercent(value) + " ("
						+ position(role, i) + ") is outside 0% to 100%", role, MODEL.getRole_RampSchedule(), i);
			}
		}
	}

	@Check
	public void rampDecreasing(Role role) {
		List<BigDecimal> schedule = role.getRampSchedule();
		for (int i = 1; i < schedule.size(); i++) {
			if (schedule.get(i).compareTo(schedule.get(i - 1)) < 0) {
				report(Rule.RAMP_DECREASING, "role " + name(role) + ": the ramp falls from "
						+ Amounts.exactPercent(schedule.get(i - 1)) + " to " + Amounts.exactPercent(schedule.get(i)) + " ("
						+ position(role, i) + "); productivity grows with tenure", role, MODEL.getRole_RampSchedule(), i);
			}
		}
	}

	@Check
	public void hireDates(Hire hire) {
		LocalDate date = date(hire.getDate());
		if (date == null || !(hire.eContainer() instanceof Role role)) {
			return;
		}
		String what = "role " + name(role) + ": hire of " + (hire.getCount() == null ? "?" : hire.getCount()) + " on " + hire.getDate();
		if (date.getDayOfMonth() != 1) {
			report(Rule.HIRE_NOT_FIRST_OF_MONTH, what + " is not on the first of a month: capacity counts whole months"
					+ " from a hire's first month (write " + date.withDayOfMonth(1) + ")", hire, MODEL.getHire_Date());
		}
		WholeEngine engine = wholeEngine(hire);
		Period period = Period.of(engine);
		if (period != null && !period.contains(date)) {
			report(Rule.HIRE_OUTSIDE_PERIOD, what + " is outside the period " + engine.periodStart() + " to "
					+ engine.periodEnd() + ": it adds no capacity to it", hire, MODEL.getHire_Date());
		}
	}

	@Check
	public void seasonality(StrategySection strategy) {
		List<BigDecimal> values = strategy.getSeasonality();
		if (values.isEmpty()) {
			return;
		}
		BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		StringBuilder faults = new StringBuilder();
		if (values.size() != 4) {
			faults.append("has ").append(values.size()).append(values.size() == 1 ? " value" : " values")
					.append(": it takes exactly four, one per quarter of the period");
		}
		if (sum.compareTo(BigDecimal.ONE) != 0) {
			faults.append(faults.length() == 0 ? "" : "; it ").append("sums to ").append(Amounts.exactPercent(sum))
					.append(", not 100%");
		}
		Period period = Period.of(wholeEngine(strategy));
		if (faults.length() == 0 && period != null && period.months() != 12) {
			faults.append("has four values, one per quarter, but the period has ").append(period.months())
					.append(" months, not four quarters");
		}
		if (faults.length() > 0) {
			report(Rule.SEASONALITY_NOT_100, "seasonality " + faults, strategy, MODEL.getStrategySection_Seasonality(), 0);
		}
	}

	@Check
	public void capacityShort(StrategySection strategy) {
		BigDecimal target = strategy.getRevenueTarget();
		if (target == null || target.signum() <= 0) {
			return;
		}
		StreetCapacity capacity = cached("street-capacity", strategy, StreetCapacity::of);
		if (capacity == null || capacity.roles().isEmpty()) {
			return;
		}
		CapacityWaterfall total = capacity.total();
		double goal = target.doubleValue();
		// Below the target nominally, quota-under-assigned says so already: this rule is about what ramp, hires and
		// attrition take away from a street quota that would otherwise reach it.
		if (total.nominal() < goal || total.effective() >= goal) {
			return;
		}
		String cause = total.largestCause();
		report(Rule.CAPACITY_SHORT, "effective street quota " + Amounts.brief(total.effective()) + " is "
				+ Amounts.percent(total.effective() / goal) + " of the revenue target " + Amounts.exact(target)
				+ " (nominal street quota " + Amounts.brief(total.nominal()) + "); the largest cause is " + cause + " (−"
				+ Amounts.brief(total.steps().get(cause)) + ")", strategy, MODEL.getStrategySection_RevenueTarget());
	}

	private static String position(Role role, int index) {
		boolean quarters = role.isSetRampBasis() && role.getRampBasis() == org.salesengine.model.ScheduleBasis.QUARTER;
		return (quarters ? "quarter " : "month ") + (index + 1);
	}

	private static LocalDate date(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
