package org.salesengine.analysis.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.analysis.capacity.ActivityCoverage.MatchedBy;
import org.salesengine.model.Role;
import org.salesengine.model.engine.ActivityCapacity;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.FunnelSizing;
import org.salesengine.model.engine.Period;
import org.salesengine.model.engine.PipelineTiming;
import org.salesengine.model.engine.QuotaCoverage;
import org.salesengine.model.engine.Seasonality;
import org.salesengine.model.engine.StreetCapacity;
import org.salesengine.model.engine.StreetQuota;
import org.salesengine.model.engine.WholeEngine;

/**
 * Presents the capacity figures of org.salesengine.model.engine, the ones the validator's rules use: the nominal
 * street quota ({@link WholeEngine#streetQuota()}), the effective one ({@link StreetCapacity}), quarterly targets and
 * pipeline timing ({@link Seasonality}, {@link PipelineTiming}), quota against each KPI's target
 * ({@link QuotaCoverage}) and activity against the funnels ({@link ActivityCapacity}). Nothing is computed here.
 */
public final class CapacityAnalysis {

	private CapacityAnalysis() {
	}

	public static Capacity of(WholeEngine engine, List<FunnelSizing> funnels, Consumer<AnalysisNote> notes) {
		StreetQuota street = engine.streetQuota();
		List<QuotaShare> streetShares = street.contributions().stream()
				.map(c -> new QuotaShare(ElementIds.of(c.plan()), ElementIds.of(c.measure()), "individual",
						c.quota().doubleValue(), c.headcount(), c.total().doubleValue()))
				.toList();
		BigDecimal target = engine.revenueTarget();
		Double revenueTarget = target == null ? null : target.doubleValue();
		Double overAssignment = null;
		if (street.isEmpty()) {
			notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "no street quota: no role has a headcount and"
					+ " an individual quota on a KPI that measures the revenue target"));
		} else if (target == null || target.signum() <= 0) {
			notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "no over-assignment: the engine has no revenue target"));
		} else {
			overAssignment = street.total().doubleValue() / target.doubleValue();
		}
		Period period = Period.of(engine);
		StreetCapacity capacity = StreetCapacity.of(engine);
		List<RoleCapacity> roles = new ArrayList<>();
		List<String> months = new ArrayList<>();
		List<QuarterCapacity> quarters = new ArrayList<>();
		List<EntryTiming> timings = new ArrayList<>();
		boolean seasonal = false;
		if (period == null) {
			notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "no effective capacity, quarters or pipeline"
					+ " timing: the engine has no readable period"));
		} else {
			for (int m = 1; m <= period.months(); m++) {
				months.add(period.firstDayOf(m).toString().substring(0, 7));
			}
			capacity.roles().forEach(role -> roles.add(role(role)));
			Seasonality seasonality = Seasonality.of(engine, period);
			seasonal = seasonality.written();
			if (!Seasonality.declared(engine).isEmpty() && !seasonal) {
				notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "the seasonality is not used (see"
						+ " seasonality-not-100): the quarters are flat"));
			}
			double[] effective = capacity.effectiveByQuarter();
			for (int q = 0; q < period.quarters(); q++) {
				double share = seasonality.shares()[q];
				quarters.add(new QuarterCapacity(q + 1, months.get(3 * q), share,
						revenueTarget == null ? null : revenueTarget * share, effective[q]));
			}
			for (FunnelSizing funnel : funnels) {
				PipelineTiming timing = funnel.sized() ? PipelineTiming.of(funnel, period, seasonality) : null;
				if (timing != null) {
					timings.add(new EntryTiming(ElementIds.of(funnel.process()), ElementIds.of(funnel.stages().get(0).stage()),
							timing.cycleMonths(), Arrays.stream(timing.entries()).boxed().toList(), timing.beforePeriod()));
				} else if (funnel.sized()) {
					notes.accept(new AnalysisNote(Topic.CAPACITY, ElementIds.of(funnel.process()), "process "
							+ funnel.process().getName() + ": no pipeline timing without a cycle time"));
				}
			}
		}
		List<KpiQuota> kpis = QuotaCoverage.of(engine).stream().map(CapacityAnalysis::kpiQuota).toList();
		List<ActivityCoverage> activities = new ArrayList<>();
		for (ActivityCapacity activity : ActivityCapacity.of(engine, funnels)) {
			if (activity.unmatched() != null) {
				notes.accept(new AnalysisNote(Topic.CAPACITY, ElementIds.of(activity.measure()), activity.unmatched()));
			} else {
				activities.add(activity(activity));
			}
		}
		return new Capacity(revenueTarget, street.total().doubleValue(), streetShares, overAssignment,
				capacity == null ? null : capacity.total(), roles, months, seasonal, quarters, timings, kpis, activities);
	}

	private static RoleCapacity role(StreetCapacity.RoleCapacity role) {
		Role model = role.role();
		return new RoleCapacity(model.getName(), role.staffing().headcount(),
				role.staffing().nominalHeads() - role.staffing().headcount(), role.staffing().attrition(), ramp(model),
				role.quotaPerHead(), role.waterfall(), Arrays.stream(role.productiveHeads()).boxed().toList());
	}

	/** The ramp as written: "6 months", "0%, 10%, 30% by month"; null without one. */
	static String ramp(Role role) {
		if (!role.getRampSchedule().isEmpty()) {
			return role.getRampSchedule().stream().map(Amounts::exactPercent).collect(Collectors.joining(", ")) + " by "
					+ (role.isSetRampBasis() ? role.getRampBasis().getLiteral() : "month");
		}
		if (role.getRamp() != null && role.getRamp().getValue() != null) {
			return role.getRamp().getValue() + " " + role.getRamp().getUnit().getLiteral();
		}
		return null;
	}

	private static KpiQuota kpiQuota(QuotaCoverage coverage) {
		List<QuotaShare> shares = coverage.shares().stream()
				.map(s -> new QuotaShare(ElementIds.of(s.plan()), ElementIds.of(s.measure()), s.credit().getLiteral(), s.quota(),
						s.heads(), s.total()))
				.toList();
		return new KpiQuota(ElementIds.of(coverage.kpi()), coverage.kpi().getUnit().getLiteral(), coverage.target(),
				coverage.assigned(), coverage.individual(), coverage.coverage(), shares);
	}

	private static ActivityCoverage activity(ActivityCapacity activity) {
		List<StageDemand> demands = activity.demands().stream()
				.map(d -> new StageDemand(ElementIds.of(d.funnel().process()), ElementIds.of(d.stage()), d.neededAtExit(),
						d.neededAtEntry(), d.flow().getLiteral()))
				.toList();
		return new ActivityCoverage(ElementIds.of(activity.measure()), activity.role().getName(), activity.kpi().getName(),
				activity.quota(), activity.heads(), activity.capacity(), demands, activity.needed(), activity.coverage(),
				MatchedBy.valueOf(activity.match().name()),
				activity.comparison() + " " + Amounts.percent(activity.coverage()));
	}
}
