package org.salesengine.analysis.pay;

import java.util.List;

/**
 * What one rep of a plan earns when every measure is at the same attainment, for a few attainments: the table a rep
 * asks for first ("what do I make at 150%?").
 *
 * @param measures the measures' KPI names, in plan order; each row's payouts follow this order
 */
public record PayoutTable(String plan, List<String> measures, List<Row> rows) {

	public record Row(double attainment, List<Double> payouts, double total) {
		public Row {
			payouts = List.copyOf(payouts);
		}
	}

	public PayoutTable {
		measures = List.copyOf(measures);
		rows = List.copyOf(rows);
	}

	public static PayoutTable of(PlanPay plan, List<Double> attainments) {
		List<Row> rows = attainments.stream().map(attainment -> {
			List<Double> payouts = plan.measures().stream().map(m -> m.payout(attainment)).toList();
			return new Row(attainment, payouts, payouts.stream().mapToDouble(Double::doubleValue).sum());
		}).toList();
		return new PayoutTable(plan.plan(), plan.measures().stream().map(MeasurePay::kpi).toList(), rows);
	}
}
