package org.salesengine.model.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.model.Duration;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.TimeUnit;

/**
 * The funnel back-solve of one process, from the target of the KPI it produces: deals needed = target ÷ average deal
 * (a count KPI's target is the number of deals), then backwards through the stages, needed at a stage's exit = the
 * next stage's entry (after the last: the deals needed), needed at its entry = needed at its exit ÷ its conversion.
 * Win rate is the product of the conversions; the cycle is the sum of the stage durations, a month counting 30 days.
 * <p>
 * A process that cannot be sized gets the reason; {@link #reportable()} says whether it is a design gap no other rule
 * names (no KPI, no target, not a currency or count KPI, no average deal, a stage without conversion), as opposed to a
 * fault another rule already reports (a conversion out of range, a KPI that does not resolve, no stages).
 *
 * @param process     the process
 * @param kpi         the KPI it produces, or null
 * @param averageDeal null for a count KPI or when not sized
 * @param dealsNeeded deals to win in the period
 * @param stages      in process order; empty when not sized
 * @param cycleDays   Σ stage durations in days, or null when a stage has none
 * @param unsized     why the process is not sized, or null when it is
 */
public record FunnelSizing(SalesProcess process, Kpi kpi, double kpiTarget, Double averageDeal, double dealsNeeded,
		List<StageVolume> stages, double winRate, Integer cycleDays, String unsized, boolean reportable) {

	/** A month in a stage duration counts 30 days. */
	public static final int DAYS_PER_MONTH = 30;

	/** One stage: opportunities that must enter it and leave it forward. */
	public record StageVolume(Stage stage, double conversion, Integer durationDays, double neededAtEntry,
			double neededAtExit) {
	}

	public FunnelSizing {
		stages = List.copyOf(stages);
	}

	public boolean sized() {
		return unsized == null;
	}

	/** Opportunities that must enter the first stage. */
	public double neededAtTop() {
		return stages.isEmpty() ? dealsNeeded : stages.get(0).neededAtEntry();
	}

	/** The cycle in whole months (days ÷ 30, rounded half up), or null without a cycle. */
	public Integer cycleMonths() {
		return cycleDays == null ? null : (int) Math.round(cycleDays / (double) DAYS_PER_MONTH);
	}

	/** Sizes every process of the engine, in order. */
	public static List<FunnelSizing> of(WholeEngine engine) {
		List<FunnelSizing> result = new ArrayList<>();
		engine.processes().forEach(process -> result.add(of(process)));
		return List.copyOf(result);
	}

	public static FunnelSizing of(SalesProcess process) {
		String name = "process " + process.getName();
		if (process.getStages().isEmpty()) {
			return unsized(process, null, name + " is not sized: it has no stages", false);
		}
		Kpi kpi = process.getProduces();
		if (kpi == null) {
			return unsized(process, null, name + " is not sized: it produces no KPI, so no target drives its funnel", true);
		}
		if (!WholeEngine.resolved(kpi)) {
			return unsized(process, null, name + " is not sized: the KPI it produces does not resolve", false);
		}
		if (kpi.getTarget() == null || kpi.getTarget().signum() <= 0) {
			return unsized(process, kpi, name + " is not sized: KPI " + kpi.getName() + " it produces has no target", true);
		}
		KpiUnit unit = kpi.isSetUnit() ? kpi.getUnit() : null;
		double target = kpi.getTarget().doubleValue();
		double deals;
		Double averageDeal = null;
		if (unit == KpiUnit.COUNT) {
			deals = target;
		} else if (unit == KpiUnit.CURRENCY) {
			BigDecimal average = process.getAverageDeal();
			if (average == null || average.signum() <= 0) {
				return unsized(process, kpi, name + " is not sized: it has no average deal to turn " + kpi.getName() + " "
						+ Amounts.exact(kpi.getTarget()) + " into deals", true);
			}
			averageDeal = average.doubleValue();
			deals = target / averageDeal;
		} else {
			return unsized(process, kpi, name + " is not sized: KPI " + kpi.getName() + " is not a currency or count KPI,"
					+ " so its target does not say how many deals to win", true);
		}
		for (Stage stage : process.getStages()) {
			BigDecimal conversion = stage.getConversion();
			if (conversion == null) {
				return unsized(process, kpi, name + " is not sized: stage " + stage.getName() + " has no conversion", true);
			}
			if (conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0) {
				return unsized(process, kpi, name + " is not sized: stage " + stage.getName() + " converts "
						+ Amounts.exactPercent(conversion) + ", which no funnel can", false);
			}
		}
		return backSolve(process, kpi, target, averageDeal, deals);
	}

	private static FunnelSizing backSolve(SalesProcess process, Kpi kpi, double target, Double averageDeal, double deals) {
		List<Stage> stages = process.getStages();
		StageVolume[] volumes = new StageVolume[stages.size()];
		double neededAfter = deals;
		double winRate = 1;
		for (int i = stages.size() - 1; i >= 0; i--) {
			Stage stage = stages.get(i);
			double conversion = stage.getConversion().doubleValue();
			double neededAtEntry = neededAfter / conversion;
			volumes[i] = new StageVolume(stage, conversion, days(stage.getDuration()), neededAtEntry, neededAfter);
			neededAfter = neededAtEntry;
			winRate *= conversion;
		}
		Integer cycle = 0;
		for (StageVolume volume : volumes) {
			if (volume.durationDays() == null) {
				cycle = null;
				break;
			}
			cycle += volume.durationDays();
		}
		return new FunnelSizing(process, kpi, target, averageDeal, deals, List.of(volumes), winRate, cycle, null, false);
	}

	private static FunnelSizing unsized(SalesProcess process, Kpi kpi, String reason, boolean reportable) {
		return new FunnelSizing(process, kpi, 0, null, 0, List.of(), 0, null, reason, reportable);
	}

	/** A duration in days, a month counting 30; null when not given. */
	public static Integer days(Duration duration) {
		if (duration == null || duration.getValue() == null) {
			return null;
		}
		return duration.getUnit() == TimeUnit.MONTHS ? duration.getValue() * DAYS_PER_MONTH : duration.getValue();
	}
}
