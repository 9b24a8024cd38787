package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Draw;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.ScheduleBasis;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.Period;
import org.salesengine.model.engine.Ramp;
import org.salesengine.model.engine.WholeEngine;

/** The terms of a plan beyond its curves: quotas by period against the period quota, a draw against the ramp. */
public class PlanTermsChecks extends RuleChecks {

	@Check
	public void periodQuotasMismatch(Measure measure) {
		List<BigDecimal> parts = measure.getPeriodQuotas();
		if (parts.isEmpty()) {
			return;
		}
		boolean byQuarter = measure.getQuotaBasis() == ScheduleBasis.QUARTER;
		String basis = byQuarter ? "quarter" : "month";
		List<String> faults = new ArrayList<>();
		BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (measure.getQuota() != null && sum.compareTo(measure.getQuota()) != 0) {
			faults.add("the quotas by " + basis + " add up to " + Amounts.exact(sum) + " ("
					+ parts.stream().map(Amounts::exact).collect(Collectors.joining(" + ")) + "), not the quota "
					+ Amounts.exact(measure.getQuota()));
		}
		Period period = wholeEngine(measure).period();
		if (period != null) {
			int periods = byQuarter ? period.quarters() : period.months();
			if (parts.size() != periods) {
				faults.add(parts.size() + " quotas by " + basis + " for a period of " + periods + " " + basis + "s");
			}
		}
		if (!faults.isEmpty()) {
			report(Rule.PERIOD_QUOTAS_MISMATCH, CompensationChecks.measureName(measure) + ": " + String.join("; ", faults),
					measure, MODEL.getMeasure_PeriodQuotas());
		}
	}

	@Check
	public void drawLongerThanRamp(Plan plan) {
		Draw draw = plan.getDraw();
		Role role = plan.getRole();
		if (draw == null || draw.getMonths() == null || !WholeEngine.resolved(role)) {
			return;
		}
		Ramp ramp = Ramp.of(role);
		if (draw.getMonths() > ramp.months() + 1e-9) {
			String rampText = ramp.isNone() ? "role " + name(role) + " has no ramp"
					: "role " + name(role) + " ramps in " + Amounts.grouped(ramp.months(), 1) + " months";
			report(Rule.DRAW_LONGER_THAN_RAMP, "plan " + name(plan) + ": the draw runs " + draw.getMonths()
					+ " months, but " + rampText + ": the draw goes on paying reps who are fully ramped", draw,
					MODEL.getDraw_Months());
		}
	}
}
