package org.salesengine.model.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The engine's period cut into calendar months m = 1..P from its start: the month of the start date is month 1, the
 * month of the end date is month P. Quarters are months 1-3, 4-6, ... of the period.
 */
public record Period(LocalDate start, LocalDate end) {

	/** The period written in the engine, or null when it is missing, unreadable or reversed. */
	public static Period of(WholeEngine engine) {
		return engine.period();
	}

	public static Period of(String start, String end) {
		if (start == null || end == null) {
			return null;
		}
		try {
			LocalDate from = LocalDate.parse(start);
			LocalDate to = LocalDate.parse(end);
			return to.isBefore(from) ? null : new Period(from, to);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** P: the number of calendar months the period touches. */
	public int months() {
		return index(end) + 1;
	}

	/** The period month (1..P) of a date; below 1 before the start month, above P after the end month. */
	public int month(LocalDate date) {
		return index(date) + 1;
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}

	/** The number of quarters: months 1-3 are the first, the last may be shorter. */
	public int quarters() {
		return (months() + 2) / 3;
	}

	/** The first calendar day of period month m, for labels. */
	public LocalDate firstDayOf(int month) {
		return start.withDayOfMonth(1).plusMonths(month - 1L);
	}

	private int index(LocalDate date) {
		return (date.getYear() - start.getYear()) * 12 + date.getMonthValue() - start.getMonthValue();
	}
}
