package org.salesengine.analysis.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.PayoutFrequency;
import org.salesengine.model.ScheduleBasis;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.model.engine.Period;
import org.salesengine.model.engine.Seasonality;
import org.salesengine.model.engine.WholeEngine;

/**
 * A measure of a plan that pays per period ({@code payout quarterly} or {@code monthly}): attainment and payout in each
 * period for a rep who sells exactly the year's quota, spread over the periods as the engine's seasonality spreads its
 * bookings (flat without one). Each period has its own quota (the measure's quotas by period, regrouped or split to the
 * payout's periods; the period quota split evenly otherwise) and its own share of the measure's target incentive, in
 * proportion to its quota; its payout is that share × f(the period's attainment). When quotas do not follow the
 * seasonality, the periods' payouts add up to something else than the annual payout at 100%.
 *
 * @param annual what the measure pays a rep at 100% of the year's quota when paid once a year: target incentive × f(1)
 */
public record PeriodPayout(String plan, String measure, String kpi, String payout, List<Row> rows, double total,
		double annual) {

	/**
	 * @param label      Q1..Q4 or M1..M12, periods of the engine's period
	 * @param quota      the period's quota
	 * @param sold       what the rep sells in the period
	 * @param attainment sold ÷ quota
	 * @param incentive  the period's share of the measure's target incentive
	 * @param payout     incentive × f(attainment)
	 */
	public record Row(String label, double quota, double sold, double attainment, double incentive, double payout) {
	}

	public PeriodPayout {
		rows = List.copyOf(rows);
	}

	/** The measures of the plans that pay per period and have a quota, in plan order; none without a period. */
	public static List<PeriodPayout> of(WholeEngine engine, List<PlanPay> plans) {
		Period period = engine.period();
		List<PeriodPayout> result = new ArrayList<>();
		if (period == null) {
			return result;
		}
		Seasonality seasonality = Seasonality.of(engine, period);
		for (Plan plan : engine.plans()) {
			if (!plan.isSetPayout() || plan.getPayout() == PayoutFrequency.ANNUALLY) {
				continue;
			}
			PlanPay pay = plans.stream().filter(p -> p.plan().equals(ElementIds.of(plan))).findFirst().orElse(null);
			if (pay == null) {
				continue;
			}
			for (Measure measure : plan.getMeasures()) {
				MeasurePay measurePay = pay.measures().stream().filter(m -> m.measure().equals(ElementIds.of(measure)))
						.findFirst().orElse(null);
				if (measurePay != null && measure.periodQuota() != null && measure.periodQuota().signum() > 0) {
					result.add(of(pay.plan(), measure, measurePay, plan.getPayout(), period, seasonality));
				}
			}
		}
		return result;
	}

	static PeriodPayout of(String plan, Measure measure, MeasurePay pay, PayoutFrequency payout, Period period,
			Seasonality seasonality) {
		boolean quarterly = payout == PayoutFrequency.QUARTERLY;
		double[] quotas = quotas(measure, quarterly, period);
		double[] shares = salesShares(quarterly, period, seasonality);
		double year = measure.periodQuota().doubleValue();
		double quotaSum = 0;
		for (double quota : quotas) {
			quotaSum += quota;
		}
		PayoutCurve curve = pay.curve();
		List<Row> rows = new ArrayList<>();
		double total = 0;
		for (int p = 0; p < quotas.length; p++) {
			double sold = year * shares[p];
			double attainment = quotas[p] == 0 ? 0 : sold / quotas[p];
			double incentive = pay.targetIncentive() * quotas[p] / quotaSum;
			double paid = incentive * curve.factor(attainment);
			total += paid;
			rows.add(new Row((quarterly ? "Q" : "M") + (p + 1), quotas[p], sold, attainment, incentive, paid));
		}
		return new PeriodPayout(plan, pay.measure(), pay.kpi(), payout.getLiteral(), rows, total,
				pay.targetIncentive() * curve.factor(1));
	}

	/** The measure's quota in each payout period. */
	static double[] quotas(Measure measure, boolean quarterly, Period period) {
		int count = quarterly ? period.quarters() : period.months();
		double[] quotas = new double[count];
		List<BigDecimal> written = measure.getPeriodQuotas();
		boolean byQuarter = measure.getQuotaBasis() == ScheduleBasis.QUARTER;
		int expected = byQuarter ? period.quarters() : period.months();
		if (written.isEmpty() || written.size() != expected) {
			java.util.Arrays.fill(quotas, measure.periodQuota().doubleValue() / count);
			return quotas;
		}
		for (int i = 0; i < written.size(); i++) {
			double value = written.get(i).doubleValue();
			if (byQuarter == quarterly) {
				quotas[i] = value;
			} else if (quarterly) {
				quotas[i / 3] += value;
			} else {
				int months = Seasonality.monthsIn(period, i);
				for (int m = 0; m < months; m++) {
					quotas[3 * i + m] = value / months;
				}
			}
		}
		return quotas;
	}

	/** The share of the year's sales in each payout period: the seasonality's quarters, split evenly into months. */
	static double[] salesShares(boolean quarterly, Period period, Seasonality seasonality) {
		if (quarterly) {
			return seasonality.shares().clone();
		}
		double[] shares = new double[period.months()];
		for (int m = 0; m < shares.length; m++) {
			int quarter = m / 3;
			shares[m] = seasonality.shares()[quarter] / Seasonality.monthsIn(period, quarter);
		}
		return shares;
	}
}
