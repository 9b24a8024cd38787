package org.salesengine.model.engine;

import java.util.List;

import org.salesengine.model.Duration;
import org.salesengine.model.Role;
import org.salesengine.model.ScheduleBasis;
import org.salesengine.model.TimeUnit;

/**
 * A role's productivity by tenure month k = 1, 2, ...: what share of a full head's quota a new hire sells in its k-th
 * month. {@code ramp 6 months} is linear, min(1, k / 6); a schedule {@code by month} gives its k-th value, one
 * {@code by quarter} holds each value for three tenure months; after the end of a schedule it is 100%. Without a ramp
 * it is 100% from the first month. A linear ramp written in days counts 30 days a month.
 */
public final class Ramp {
	/** 100% from the first month. */
	public static final Ramp NONE = new Ramp(0, List.of(), 1);

	private final double linearMonths;
	private final List<Double> schedule;
	private final int monthsPerValue;

	private Ramp(double linearMonths, List<Double> schedule, int monthsPerValue) {
		this.linearMonths = linearMonths;
		this.schedule = List.copyOf(schedule);
		this.monthsPerValue = monthsPerValue;
	}

	public static Ramp linear(double months) {
		return months <= 0 ? NONE : new Ramp(months, List.of(), 1);
	}

	public static Ramp schedule(List<Double> values, ScheduleBasis basis) {
		return new Ramp(0, values, basis == ScheduleBasis.QUARTER ? 3 : 1);
	}

	/** The role's ramp as written; {@link #NONE} when it has none or it cannot be read. */
	public static Ramp of(Role role) {
		if (!role.getRampSchedule().isEmpty()) {
			return schedule(role.getRampSchedule().stream().map(v -> v.doubleValue()).toList(),
					role.isSetRampBasis() ? role.getRampBasis() : ScheduleBasis.MONTH);
		}
		Duration ramp = role.getRamp();
		if (ramp == null || ramp.getValue() == null) {
			return NONE;
		}
		return linear(ramp.getUnit() == TimeUnit.DAYS ? ramp.getValue() / 30.0 : ramp.getValue());
	}

	/** Productivity in tenure month k (k ≥ 1), as a fraction. */
	public double productivity(int k) {
		if (linearMonths > 0) {
			return Math.min(1, k / linearMonths);
		}
		int index = (k - 1) / monthsPerValue;
		return index < schedule.size() ? schedule.get(index) : 1;
	}

	/** How many months the ramp lasts: the linear ramp's months, the schedule's length in months; 0 without one. */
	public double months() {
		return linearMonths > 0 ? linearMonths : schedule.size() * monthsPerValue;
	}

	public boolean isNone() {
		return linearMonths <= 0 && schedule.isEmpty();
	}
}
