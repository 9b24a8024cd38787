package org.salesengine.dsl.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/**
 * Quotas and targets written in a form that does not fit their KPI's unit: {@code quota 92} on a percent KPI is read
 * as 9,200%, {@code quota 40%} on a count of deals is 0.4 deals. The value converter cannot know the KPI, so the form
 * is read back from the text here.
 */
public class ValueUnitChecks extends RuleChecks {

	@Check
	public void quota(Measure measure) {
		Kpi kpi = measure.getKpi();
		if (measure.periodQuota() != null && WholeEngine.resolved(kpi) && kpi.isSetUnit()) {
			check("quota", measure.periodQuota(), measure, MODEL.getMeasure_Quota(), kpi);
		}
	}

	@Check
	public void target(Kpi kpi) {
		if (kpi.getTarget() != null && kpi.isSetUnit()) {
			check("target", kpi.getTarget(), kpi, MODEL.getKpi_Target(), kpi);
		}
	}

	private void check(String what, BigDecimal value, EObject owner, EStructuralFeature feature, Kpi kpi) {
		String written = written(owner, feature);
		if (written == null) {
			return;
		}
		boolean percent = written.endsWith("%");
		KpiUnit unit = kpi.getUnit();
		if (unit == KpiUnit.PERCENT && !percent) {
			report(Rule.VALUE_UNIT_MISMATCH, what + " " + written + " on percent KPI " + name(kpi) + " is read as "
					+ Amounts.percent(value.doubleValue()) + "; write " + written + "%", owner, feature);
		} else if ((unit == KpiUnit.CURRENCY || unit == KpiUnit.COUNT) && percent) {
			report(Rule.VALUE_UNIT_MISMATCH, what + " " + written + " on " + unit.getLiteral() + " KPI " + name(kpi)
					+ " is read as " + Amounts.plain(value) + (unit == KpiUnit.COUNT ? " of a unit" : " in the engine's currency")
					+ "; a percentage only fits a percent KPI", owner, feature);
		} else if (unit == KpiUnit.CURRENCY) {
			BigDecimal min = value(Rule.IMPLAUSIBLE_AMOUNT, "below", owner).value();
			if (value.signum() > 0 && value.compareTo(min) < 0) {
				report(Rule.IMPLAUSIBLE_AMOUNT, what + " " + written + " on currency KPI " + name(kpi) + " is "
						+ Amounts.plain(value) + " in the engine's currency, below " + Amounts.exact(min) + ": did you mean "
						+ written + "k or " + written + "M?", owner, feature);
			}
		}
	}

	/** The value as written in the text (92, 92%, 1.1M), or null without a node. */
	static String written(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(nodes.size() - 1));
	}
}
