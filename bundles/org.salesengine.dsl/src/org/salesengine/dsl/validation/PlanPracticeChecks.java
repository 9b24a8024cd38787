package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.math.MathContext;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.CreditType;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/** Plans that pay nobody, and quotas out of proportion to what the role is paid. */
public class PlanPracticeChecks extends RuleChecks {

	@Check
	public void planWithoutRole(Plan plan) {
		if (plan.getRole() == null) {
			report(Rule.PLAN_WITHOUT_ROLE, "plan " + name(plan) + " names no role (write 'plan " + name(plan)
					+ " for ROLE'): it pays nobody, and its quotas count nowhere", plan, MODEL.getNamedElement_Name());
		}
	}

	/** Individual revenue quota ÷ on-target earnings, against the band of the engine's profile. */
	@Check
	public void quotaToOte(Plan plan) {
		BigDecimal ote = plan.getOnTargetEarnings();
		if (ote == null || ote.signum() <= 0 || !WholeEngine.resolved(plan.getRole())) {
			return;
		}
		BigDecimal quota = BigDecimal.ZERO;
		for (Measure measure : plan.getMeasures()) {
			if (measure.periodQuota() != null && measure.getCredit() == CreditType.INDIVIDUAL && WholeEngine.resolved(measure.getKpi())
					&& WholeEngine.isRevenue(measure.getKpi())) {
				quota = quota.add(measure.periodQuota());
			}
		}
		if (quota.signum() == 0) {
			return;
		}
		double multiple = quota.divide(ote, MathContext.DECIMAL64).doubleValue();
		RuleSettings settings = settings(plan);
		RuleParameter.Value band = settings.value(Rule.QUOTA_TO_OTE, "band");
		if (multiple < band.low() - 1e-9 || multiple > band.high() + 1e-9) {
			String advice = multiple < band.low() ? ": the quota is cheap for what the role costs"
					: ": the quota is out of reach for what the role is paid, or the pay will not hold good reps";
			report(Rule.QUOTA_TO_OTE, "plan " + name(plan) + ": individual revenue quota " + Amounts.exact(quota) + " is "
					+ Amounts.grouped(multiple, 1) + "× the on-target earnings " + Amounts.exact(ote) + ", outside "
					+ band.written(RuleParameter.Shape.MULTIPLE_RANGE) + "× (" + settings.origin(Rule.QUOTA_TO_OTE, "band") + ")"
					+ advice, plan, MODEL.getPlan_OnTargetEarnings());
		}
	}
}
