package org.salesengine.model.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.model.BinaryOperation;
import org.salesengine.model.Expression;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiReference;
import org.salesengine.model.Operator;

/**
 * KPIs that add up other KPIs: {@code TotalARR} with {@code formula NewARR + ExpansionARR} adds up NewARR and
 * ExpansionARR. A formula adds up a KPI when it is a sum (only +) whose terms include a reference to it. Credit on a
 * total includes credit on its parts: a quota on NewARR counts toward TotalARR (a revenue target measured by
 * TotalARR, a manager's roll-up on TotalARR), never the other way round.
 */
public final class KpiSums {
	private KpiSums() {
	}

	/** The KPIs a formula adds up, or an empty list when the formula is not a plain sum. */
	public static List<Kpi> terms(Kpi kpi) {
		Set<Kpi> terms = new LinkedHashSet<>();
		return kpi.getFormula() != null && collect(kpi.getFormula(), terms) ? List.copyOf(terms) : List.of();
	}

	/**
	 * The KPI and every KPI it adds up, directly or through other sums (TotalARR gives TotalARR, NewARR, ExpansionARR
	 * and their parts): the KPIs on which a quota counts as credit on this KPI.
	 */
	public static Set<Kpi> withTermsOf(Kpi kpi) {
		Set<Kpi> result = new LinkedHashSet<>();
		Deque<Kpi> open = new ArrayDeque<>(List.of(kpi));
		while (!open.isEmpty()) {
			Kpi next = open.pop();
			if (result.add(next)) {
				open.addAll(terms(next));
			}
		}
		return result;
	}

	/**
	 * The KPI and every KPI that adds it up, directly or through other sums (NewARR gives NewARR, TotalARR): the
	 * totals that paying on this KPI contributes to.
	 */
	public static Set<Kpi> withTotalsOf(Kpi kpi, WholeEngine engine) {
		Set<Kpi> result = new LinkedHashSet<>();
		Deque<Kpi> open = new ArrayDeque<>(List.of(kpi));
		while (!open.isEmpty()) {
			Kpi next = open.pop();
			if (!result.add(next)) {
				continue;
			}
			for (Kpi user : engine.formulasUsing(next)) {
				if (terms(user).contains(next)) {
					open.push(user);
				}
			}
		}
		return result;
	}

	private static boolean collect(Expression expression, Set<Kpi> into) {
		if (expression instanceof KpiReference reference) {
			if (WholeEngine.resolved(reference.getKpi())) {
				into.add(reference.getKpi());
			}
			return true;
		}
		if (expression instanceof BinaryOperation operation && operation.getOperator() == Operator.PLUS) {
			return collect(operation.getLeft(), into) && collect(operation.getRight(), into);
		}
		return false;
	}
}
