package org.salesengine.analysis.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.salesengine.analysis.pay.DrawPay;
import org.salesengine.analysis.pay.MeasurePay;
import org.salesengine.model.engine.PayoutCurve;
import org.salesengine.analysis.pay.PlanPay;

/**
 * Monte Carlo of variable pay: every simulated year, every rep of every plan draws an attainment per measure and is
 * paid target incentive × f(attainment) on it. One {@link SplittableRandom} seeded from the settings is consumed in a
 * fixed order (year, plan, rep, measure), so a seed always gives the same result. Plans without a headcount or
 * without measures are not simulated.
 * <p>
 * Credit types: a pooled measure gets one attainment per pool and year, drawn before the plan's reps, which all share
 * it. An overlay measure is not drawn on its own: its attainment is the quota-weighted mean of the same year's
 * attainments of the individual measures it is credited on (Σ quota × attainment over their reps ÷ Σ quota); only
 * when it is credited on none that is simulated is it drawn like an individual measure (the analysis notes it).
 * Every year therefore draws all plans first and pays them after.
 * <p>
 * An MBO is attained or not: its slot of the rep's draw is replaced by a uniform draw below its chance (1) or not (0),
 * and it pays its target incentive when attained. Plans without MBOs consume the generator as before. A plan with a
 * clawback pays (1 − churn) of what its measures earn (the churned part is taken back); a plan with a draw costs, per
 * year, its hires × what one hire's draw leaves unrecovered against a simulated rep's incentive ({@link DrawPay}).
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
		Team[] teams = simulated.stream().map(plan -> new Team(plan, settings.churn())).toArray(Team[]::new);
		linkOverlays(teams);
		AttainmentSampler sampler = new AttainmentSampler(settings.distribution(), settings.correlation());
		SplittableRandom random = new SplittableRandom(settings.seed());
		double[] yearTotals = new double[years];
		double[][] teamTotals = new double[planCount][years];

		for (int year = 0; year < years; year++) {
			double yearTotal = 0;
			for (Team team : teams) {
				team.drawYear(random, sampler);
			}
			for (int p = 0; p < planCount; p++) {
				double team = teams[p].payYear();
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
				results, PayoutHistogram.of(sorted, PayoutHistogram.BINS));
	}

	/** The measure ids each overlay follows, resolved to the simulated teams' individual measures. */
	private static void linkOverlays(Team[] teams) {
		for (Team team : teams) {
			for (int m = 0; m < team.curves.length; m++) {
				MeasurePay measure = team.plan.measures().get(m);
				if (!"overlay".equals(measure.credit())) {
					continue;
				}
				List<int[]> sources = new ArrayList<>();
				for (String id : measure.creditedOn()) {
					for (int t = 0; t < teams.length; t++) {
						List<MeasurePay> candidates = teams[t].plan.measures();
						for (int c = 0; c < candidates.size(); c++) {
							if (candidates.get(c).measure().equals(id) && candidates.get(c).quota() != null) {
								sources.add(new int[] { t, c });
							}
						}
					}
				}
				team.sources[m] = sources.isEmpty() ? null : sources.toArray(int[][]::new);
				team.teams = teams;
			}
		}
	}

	/** Whether an overlay measure follows no simulated individual measure and is drawn on its own. */
	public static boolean drawnOnItsOwn(MeasurePay overlay, List<PlanPay> simulated) {
		return "overlay".equals(overlay.credit()) && overlay.creditedOn().stream().noneMatch(id -> simulated.stream()
				.flatMap(p -> p.measures().stream()).anyMatch(m -> m.measure().equals(id) && m.quota() != null));
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
		/** This year's attainments, [rep][measure]: drawn first, then paid, so overlays can follow other teams. */
		final double[][] attainments;
		final boolean[] pooled;
		/** Per MBO, the chance it is attained; NaN for a measure. */
		final double[] mboChance;
		/** The share of the measures' pay that is kept: 1 − churn with a clawback, else 1. */
		final double kept;
		final DrawPay draw;
		double unrecoveredDraws;
		double clawed;
		final double[] quota;
		/** Per overlay measure, the {team, measure} pairs it follows; null for others or when it follows none. */
		final int[][][] sources;
		final double[] pool = new double[1];
		Team[] teams;
		long repsAtOrAbove100;
		long repsBelowThreshold;

		Team(PlanPay plan, double churn) {
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
			attainments = new double[headcount][n];
			pooled = new boolean[n];
			mboChance = new double[n];
			kept = plan.clawbackDays() == null ? 1 : 1 - churn;
			draw = plan.draw() == null || plan.draw().hires() == 0 ? null : plan.draw();
			quota = new double[n];
			sources = new int[n][][];
			double weights = measures.stream().mapToDouble(MeasurePay::weight).sum();
			double incentive = 0;
			for (int m = 0; m < n; m++) {
				MeasurePay measure = measures.get(m);
				curves[m] = measure.curve();
				measureIncentive[m] = measure.targetIncentive();
				weightShare[m] = weights > 0 ? measure.weight() / weights : 1.0 / n;
				threshold[m] = measure.curve().threshold();
				pooled[m] = "pooled".equals(measure.credit());
				mboChance[m] = measure.isMbo() ? measure.chance() : Double.NaN;
				quota[m] = measure.quota() == null ? 0 : measure.quota();
				incentive += measure.targetIncentive();
			}
			this.targetIncentive = incentive;
		}

		void drawYear(SplittableRandom random, AttainmentSampler sampler) {
			int n = curves.length;
			boolean anyPool = false;
			for (boolean p : pooled) {
				anyPool |= p;
			}
			if (anyPool) {
				sampler.drawRep(random, pool, 1);
			}
			for (int rep = 0; rep < headcount; rep++) {
				sampler.drawRep(random, attainments[rep], n);
				for (int m = 0; m < n; m++) {
					if (pooled[m]) {
						attainments[rep][m] = pool[0];
					}
					if (!Double.isNaN(mboChance[m])) {
						attainments[rep][m] = random.nextDouble() < mboChance[m] ? 1 : 0;
					}
				}
			}
		}

		/** The quota-weighted mean of this year's attainments of the individual measures an overlay follows. */
		private double followed(int[][] followed) {
			double credited = 0;
			double quotas = 0;
			for (int[] source : followed) {
				Team team = teams[source[0]];
				int m = source[1];
				for (int rep = 0; rep < team.headcount; rep++) {
					credited += team.quota[m] * team.attainments[rep][m];
				}
				quotas += team.quota[m] * team.headcount;
			}
			return quotas == 0 ? 0 : credited / quotas;
		}

		double payYear() {
			double team = 0;
			int n = curves.length;
			double[] overlay = new double[n];
			for (int m = 0; m < n; m++) {
				if (sources[m] != null) {
					overlay[m] = followed(sources[m]);
				}
			}
			for (int rep = 0; rep < headcount; rep++) {
				double[] attainments = this.attainments[rep];
				for (int m = 0; m < n; m++) {
					if (sources[m] != null) {
						attainments[m] = overlay[m];
					}
				}
				double weighted = 0;
				boolean belowAny = false;
				double repPaid = 0;
				for (int m = 0; m < n; m++) {
					double attainment = attainments[m];
					double paid;
					if (Double.isNaN(mboChance[m])) {
						double earned = measureIncentive[m] * curves[m].factor(attainment);
						paid = earned * kept;
						clawed += earned - paid;
					} else {
						paid = measureIncentive[m] * attainment;
					}
					measurePaid[m] += paid;
					repPaid += paid;
					weighted += weightShare[m] * attainment;
					if (attainment >= 1) {
						measureAtOrAbove100[m]++;
					}
					if (attainment < threshold[m]) {
						measureBelowThreshold[m]++;
						belowAny = true;
					}
				}
				team += repPaid;
				if (draw != null) {
					unrecoveredDraws += draw.unrecovered(repPaid);
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
			double drawCost = draw == null ? 0 : draw.hires() * unrecoveredDraws / repYears;
			double clawedBack = clawed / years;
			return new PlanSimulation(plan.plan(), headcount, targetIncentive * headcount, mean(totals),
					percentile(sorted, 0.10), percentile(sorted, 0.50), percentile(sorted, 0.90),
					(double) repsAtOrAbove100 / repYears, (double) repsBelowThreshold / repYears, measures, drawCost,
					clawedBack);
		}
	}
}
