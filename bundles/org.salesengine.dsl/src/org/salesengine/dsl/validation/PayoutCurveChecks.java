package org.salesengine.dsl.validation;

import java.math.BigDecimal;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Measure;
import org.salesengine.model.engine.Amounts;

/**
 * Payout curves that parse and add up but cannot work as written: an accelerator the cap cuts off before it starts,
 * and a curve that reaches its cap before the rep reaches quota. The payout factor is the attainment one for one up
 * to the accelerator's knee ({@code above}, else 100%), then rises at the accelerator's rate, and never exceeds the
 * cap (a cap on the payout factor, see docs/analysis.md).
 */
public class PayoutCurveChecks extends RuleChecks {

	@Check
	public void deadAccelerator(Measure measure) {
		BigDecimal accelerator = measure.getAccelerator();
		BigDecimal cap = measure.getCap();
		if (accelerator == null || cap == null || accelerator.compareTo(BigDecimal.ONE) <= 0) {
			return;
		}
		BigDecimal knee = measure.getAcceleratorAbove() == null ? BigDecimal.ONE : measure.getAcceleratorAbove();
		if (knee.compareTo(cap) >= 0) {
			report(Rule.DEAD_ACCELERATOR, CompensationChecks.measureName(measure) + ": the accelerator "
					+ Amounts.multiplier(accelerator) + " starts above " + Amounts.exactPercent(knee) + " attainment, but the cap "
					+ Amounts.exactPercent(cap) + " stops the payout at " + Amounts.exactPercent(cap)
					+ " attainment: the accelerator never pays", measure, MODEL.getMeasure_Accelerator());
		}
	}

	@Check
	public void cappedBeforeTarget(Measure measure) {
		BigDecimal cap = measure.getCap();
		BigDecimal accelerator = measure.getAccelerator();
		BigDecimal knee = measure.getAcceleratorAbove();
		// Only a knee below 100% with an accelerator can lift the factor above the attainment before quota.
		if (cap == null || accelerator == null || knee == null || knee.compareTo(BigDecimal.ONE) >= 0
				|| accelerator.compareTo(BigDecimal.ONE) <= 0 || cap.compareTo(BigDecimal.ONE) < 0 || knee.compareTo(cap) >= 0) {
			return;
		}
		// factor(1) = knee + accelerator × (1 − knee); the cap binds below quota when that exceeds it.
		BigDecimal atTarget = knee.add(accelerator.multiply(BigDecimal.ONE.subtract(knee)));
		if (atTarget.compareTo(cap) > 0) {
			// knee + accelerator × (a − knee) = cap  ⇒  a = knee + (cap − knee) / accelerator
			double reached = knee.doubleValue() + (cap.doubleValue() - knee.doubleValue()) / accelerator.doubleValue();
			report(Rule.CAPPED_BEFORE_TARGET, CompensationChecks.measureName(measure) + ": with "
					+ Amounts.multiplier(accelerator) + " above " + Amounts.exactPercent(knee) + ", the payout reaches the cap "
					+ Amounts.exactPercent(cap) + " at " + Amounts.percent(reached)
					+ " attainment: reps stop earning before they reach quota", measure, MODEL.getMeasure_Cap());
		}
	}
}
