package org.salesengine.diagram.build;

import java.math.BigDecimal;

import org.salesengine.model.Duration;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/** Values written on diagrams the way the .sales file writes them (40%, 1.1M, 2x), so a reader can find them there. */
public final class Values {
	public static final String UNNAMED = "(unnamed)";

	private Values() {
	}

	public static String name(NamedElement element) {
		return element == null || element.getName() == null ? UNNAMED : element.getName();
	}

	public static String percent(BigDecimal fraction) {
		return Amounts.exactPercent(fraction);
	}

	public static String amount(BigDecimal amount) {
		return Amounts.exact(amount);
	}

	public static String duration(Duration duration) {
		if (duration == null || duration.getValue() == null) {
			return null;
		}
		int value = duration.getValue();
		String unit = duration.getUnit() == null ? "days" : duration.getUnit().getLiteral();
		return value + " " + (value == 1 ? unit.substring(0, unit.length() - 1) : unit);
	}

	/** A KPI's target in its unit: 25% for a percentage, 12M for an amount, 3 for a ratio. */
	public static String target(Kpi kpi) {
		if (kpi.getTarget() == null) {
			return null;
		}
		return kpi.isSetUnit() && kpi.getUnit() == KpiUnit.PERCENT ? percent(kpi.getTarget()) : amount(kpi.getTarget());
	}

	/** A measure's quota in its KPI's unit: 112% for a percentage KPI, 1.1M for an amount. */
	public static String quota(Measure measure) {
		Kpi kpi = measure.getKpi();
		boolean percent = WholeEngine.resolved(kpi) && kpi.isSetUnit() && kpi.getUnit() == KpiUnit.PERCENT;
		return percent ? percent(measure.periodQuota()) : amount(measure.periodQuota());
	}

	/** The parts of a line that are known, joined by a middle dot; null when none is. */
	public static String join(String... parts) {
		StringBuilder line = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isEmpty()) {
				line.append(line.length() == 0 ? "" : " · ").append(part);
			}
		}
		return line.length() == 0 ? null : line.toString();
	}
}
