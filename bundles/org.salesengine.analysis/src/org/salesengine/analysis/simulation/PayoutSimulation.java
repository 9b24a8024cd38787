package org.salesengine.analysis.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.analysis.pay.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;

/**
 * Monte Carlo of variable pay: every simulated year, every rep of every plan draws an attainment per measure and is
 * paid target incentive × f(attainment) on it. One {@link SplittableRandom} seeded from the settings is consumed in a
 * fixed order (year, plan, rep, measure), so a seed always gives the same result. Plans without a headcount or
 * without measures are not simulated.
 */
public final class PayoutSimulation {

	private PayoutSimulation() {
	}

	/** The plans that can be simulated: a headcount above 0 and at least one measure with a target incentive. */
	public static List<PlanPay> simulable(List<PlanPay> plans) {
		return plans.stream().filter(p -> p.headcount() != null && p.headcount() > 0 && !p.measures().isEmpty()).toList();
	}

	public static SimulationResult run(List<PlanPay> plans, SimulationSettings settings) {
		List<PlanPay> simulated = simulable(plans);
		if (simulated.isEmpty()) {
			throw new IllegalArgumentException("no plan to simulate: none has a headcount and measures with a target incentive");
		}
		int years = Math.toIntExact(settings.years());
		int planCount = simulated.size();
		Team[] teams = simulated.stream().map(Team::new).toArray(Team[]::new);
		AttainmentSampler sampler = new AttainmentSampler(settings.distribution(), settings.correlation());
		SplittableRandom random = new SplittableRandom(settings.seed());
		double[] yearTotals = new double[years];
		double[][] teamTotals = new double[planCount][years];

		for (int year = 0; year < years; year++) {
			double yearTotal = 0;
			for (int p = 0; p < planCount; p++) {
				double team = teams[p].simulateYear(random, sampler);
				teamTotals[p][year] = team;
				yearTotal += team;
			}
			yearTotals[year] = yearTotal;
		}

		List<PlanSimulation> results = new ArrayList<>();
		long repYears = 0;
		long atOrAbove = 0;
		long below = 0;
		double targetCost = 0;
		for (int p = 0; p < planCount; p++) {
			Team team = teams[p];
			results.add(team.result(teamTotals[p], years));
			repYears += (long) team.headcount * years;
			atOrAbove += team.repsAtOrAbove100;
			below += team.repsBelowThreshold;
			targetCost += team.targetIncentive * team.headcount;
		}
		double[] sorted = yearTotals.clone();
		Arrays.sort(sorted);
		return new SimulationResult(settings, repYears, targetCost, mean(yearTotals), percentile(sorted, 0.10),
				percentile(sorted, 0.50), percentile(sorted, 0.90), (double) atOrAbove / repYears, (double) below / repYears,
				results);
	}

	/** Linear interpolation between the closest ranks (PERCENTILE.INC) on sorted values. */
	static double percentile(double[] sorted, double p) {
		double rank = p * (sorted.length - 1);
		int low = (int) Math.floor(rank);
		int high = Math.min(low + 1, sorted.length - 1);
		return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
	}

	private static double mean(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** One plan's reps, with the plan flattened into arrays for the inner loop, and its running counts. */
	private static final class Team {
		final PlanPay plan;
		final int headcount;
		final double targetIncentive;
		final PayoutCurve[] curves;
		final double[] measureIncentive;
		final double[] weightShare;
		final double[] threshold;
		final double[] measurePaid;
		final long[] measureAtOrAbove100;
		final long[] measureBelowThreshold;
		/** One rep's draws, reused for every rep: the inner loop allocates nothing. */
		final double[] attainments;
		long repsAtOrAbove100;
		long repsBelowThreshold;

		Team(PlanPay plan) {
			this.plan = plan;
			this.headcount = plan.headcount();
			List<MeasurePay> measures = plan.measures();
			int n = measures.size();
			curves = new PayoutCurve[n];
			measureIncentive = new double[n];
			weightShare = new double[n];
			threshold = new double[n];
			measurePaid = new double[n];
			measureAtOrAbove100 = new long[n];
			measureBelowThreshold = new long[n];
			attainments = new double[n];
			double weights = measures.stream().mapToDouble(MeasurePay::weight).sum();
			double incentive = 0;
			for (int m = 0; m < n; m++) {
				MeasurePay measure = measures.get(m);
				curves[m] = measure.curve();
				measureIncentive[m] = measure.targetIncentive();
				weightShare[m] = weights > 0 ? measure.weight() / weights : 1.0 / n;
				threshold[m] = measure.curve().threshold();
				incentive += measure.targetIncentive();
			}
			this.targetIncentive = incentive;
		}

		double simulateYear(SplittableRandom random, AttainmentSampler sampler) {
			double team = 0;
			int n = curves.length;
			for (int rep = 0; rep < headcount; rep++) {
				sampler.drawRep(random, attainments, n);
				double weighted = 0;
				boolean belowAny = false;
				for (int m = 0; m < n; m++) {
					double attainment = attainments[m];
					double paid = measureIncentive[m] * curves[m].factor(attainment);
					measurePaid[m] += paid;
					team += paid;
					weighted += weightShare[m] * attainment;
					if (attainment >= 1) {
						measureAtOrAbove100[m]++;
					}
					if (attainment < threshold[m]) {
						measureBelowThreshold[m]++;
						belowAny = true;
					}
				}
				if (weighted >= 1) {
					repsAtOrAbove100++;
				}
				if (belowAny) {
					repsBelowThreshold++;
				}
			}
			return team;
		}

		PlanSimulation result(double[] totals, int years) {
			long repYears = (long) headcount * years;
			List<MeasureSimulation> measures = new ArrayList<>();
			for (int m = 0; m < curves.length; m++) {
				MeasurePay measure = plan.measures().get(m);
				measures.add(new MeasureSimulation(measure.measure(), measure.kpi(), measure.targetIncentive(),
						measurePaid[m] / repYears, (double) measureAtOrAbove100[m] / repYears,
						(double) measureBelowThreshold[m] / repYears));
			}
			double[] sorted = totals.clone();
			Arrays.sort(sorted);
			return new PlanSimulation(plan.plan(), headcount, targetIncentive * headcount, mean(totals),
					percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90),
					(double) repsAtOrAbove100 / repYears, (double) repsBelowThreshold / repYears, measures);
		}
	}
}
