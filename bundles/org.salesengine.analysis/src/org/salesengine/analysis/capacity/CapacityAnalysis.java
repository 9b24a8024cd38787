package org.salesengine.analysis.capacity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.AnalysisCheck;
import org.salesengine.analysis.AnalysisFindings;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.Figures;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.analysis.capacity.ActivityCoverage.MatchedBy;
import org.salesengine.analysis.funnel.Funnel;
import org.salesengine.analysis.funnel.StageNeed;
import org.salesengine.model.Behavior;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.StreetQuota;
import org.salesengine.model.engine.WholeEngine;

/**
 * Street quota and over-assignment (from {@link WholeEngine#streetQuota()}, never recomputed), quota against each
 * KPI's target, and activity capacity against the volume the funnels need.
 */
public final class CapacityAnalysis {

	private CapacityAnalysis() {
	}

	public static Capacity of(WholeEngine engine, List<Funnel> funnels, Consumer<AnalysisNote> notes, AnalysisFindings findings) {
		StreetQuota street = engine.streetQuota();
		List<QuotaShare> streetShares = street.contributions().stream()
				.map(c -> new QuotaShare(ElementIds.of(c.plan()), ElementIds.of(c.measure()), c.quota().doubleValue(),
						c.headcount(), c.total().doubleValue()))
				.toList();
		BigDecimal target = engine.revenueTarget();
		Double revenueTarget = target == null ? null : target.doubleValue();
		Double overAssignment = null;
		if (street.isEmpty()) {
			notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "no street quota: no quota-carrying role has a"
					+ " headcount and a plan with a quota on a currency KPI"));
		} else if (target == null || target.signum() <= 0) {
			notes.accept(new AnalysisNote(Topic.CAPACITY, engine.name(), "no over-assignment: the engine has no revenue target"));
		} else {
			overAssignment = street.total().doubleValue() / target.doubleValue();
		}
		List<KpiQuota> kpis = kpiQuotas(engine, findings);
		List<ActivityCoverage> activities = activities(engine, funnels, notes, findings);
		return new Capacity(revenueTarget, street.total().doubleValue(), streetShares, overAssignment, kpis, activities);
	}

	private static List<KpiQuota> kpiQuotas(WholeEngine engine, AnalysisFindings findings) {
		List<KpiQuota> result = new ArrayList<>();
		for (Kpi kpi : engine.kpis()) {
			KpiUnit unit = kpi.isSetUnit() ? kpi.getUnit() : null;
			if (kpi.getTarget() == null || kpi.getTarget().signum() <= 0 || (unit != KpiUnit.CURRENCY && unit != KpiUnit.COUNT)) {
				continue;
			}
			List<QuotaShare> shares = new ArrayList<>();
			for (Measure measure : engine.measuresOn(kpi)) {
				Plan plan = (Plan) measure.eContainer();
				Integer headcount = headcount(plan);
				if (measure.getQuota() != null && headcount != null) {
					double quota = measure.getQuota().doubleValue();
					shares.add(new QuotaShare(ElementIds.of(plan), ElementIds.of(measure), quota, headcount, quota * headcount));
				}
			}
			if (shares.isEmpty()) {
				continue;
			}
			double target = kpi.getTarget().doubleValue();
			double assigned = shares.stream().mapToDouble(QuotaShare::total).sum();
			KpiQuota quota = new KpiQuota(ElementIds.of(kpi), unit.getLiteral(), target, assigned, assigned / target, shares);
			result.add(quota);
			reportKpiQuota(kpi, quota, findings);
		}
		return List.copyOf(result);
	}

	private static void reportKpiQuota(Kpi kpi, KpiQuota quota, AnalysisFindings findings) {
		DoubleFunction<String> figure = kpi.getUnit() == KpiUnit.CURRENCY ? Amounts::brief : Figures::volume;
		String parts = quota.shares().stream()
				.map(s -> ElementNames.local(s.plan()) + " " + figure.apply(s.quota()) + " × " + s.headcount())
				.collect(Collectors.joining(" + "));
		String figures = "quota on KPI " + kpi.getName() + " adds up to " + figure.apply(quota.assigned()) + " (" + parts
				+ "), " + Amounts.percent(quota.coverage()) + " of its " + figure.apply(quota.target()) + " target";
		if (quota.coverage() < 1) {
			findings.report(AnalysisCheck.KPI_QUOTA_COVERAGE, Severity.WARNING,
					figures + ": if every rep hits quota, " + kpi.getName() + " still misses by "
							+ figure.apply(quota.target() - quota.assigned()), kpi);
		} else if (quota.coverage() > Capacity.OVER_ASSIGNMENT_LIMIT) {
			findings.report(AnalysisCheck.KPI_QUOTA_COVERAGE, Severity.WARNING,
					figures + ", above 130%: quotas this far above the target stop being credible", kpi);
		}
	}

	private static List<ActivityCoverage> activities(WholeEngine engine, List<Funnel> funnels, Consumer<AnalysisNote> notes,
			AnalysisFindings findings) {
		Map<String, Funnel> funnelByProcess = new HashMap<>();
		funnels.forEach(f -> funnelByProcess.put(f.process(), f));
		List<ActivityCoverage> result = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			for (Measure measure : plan.getMeasures()) {
				Kpi kpi = measure.getKpi();
				if (!WholeEngine.resolved(kpi) || !kpi.isSetUnit() || kpi.getUnit() != KpiUnit.COUNT || measure.getQuota() == null) {
					continue;
				}
				String name = "activity measure " + kpi.getName() + " in plan " + plan.getName();
				Integer headcount = headcount(plan);
				if (headcount == null) {
					notes.accept(new AnalysisNote(Topic.CAPACITY, ElementIds.of(measure), name
							+ " is not compared with the funnel: its role has no headcount"));
					continue;
				}
				MatchedBy matchedBy = MatchedBy.STAGE_OWNER;
				List<StageDemand> demands = demands(engine, ownedStages(engine, plan.getRole()), funnelByProcess);
				if (demands.isEmpty()) {
					matchedBy = MatchedBy.BEHAVIOR_INDICATOR;
					demands = demands(engine, indicatedStages(engine, kpi), funnelByProcess);
				}
				if (demands.isEmpty()) {
					notes.accept(new AnalysisNote(Topic.CAPACITY, ElementIds.of(measure), name + " is not compared with the"
							+ " funnel: no sized funnel has a stage its role owns or a behavior it indicates"));
					continue;
				}
				double quota = measure.getQuota().doubleValue();
				double capacity = quota * headcount;
				double needed = demands.stream().mapToDouble(StageDemand::neededAtExit).sum();
				ActivityCoverage coverage = new ActivityCoverage(ElementIds.of(measure), plan.getRole().getName(), kpi.getName(),
						quota, headcount, capacity, demands, needed, capacity / needed, matchedBy);
				result.add(coverage);
				reportActivity(measure, coverage, findings);
			}
		}
		return List.copyOf(result);
	}

	private static void reportActivity(Measure measure, ActivityCoverage coverage, AnalysisFindings findings) {
		String need = coverage.demands().stream()
				.map(d -> "funnel " + ElementNames.local(d.process()) + " needs " + Figures.volume(d.neededAtExit()) + " out of "
						+ ElementNames.local(d.stage()) + " (" + Figures.volume(d.neededAtEntry()) + " in)")
				.collect(Collectors.joining("; "));
		String capacity = coverage.role() + " capacity on " + coverage.kpi() + ", " + Figures.volume(coverage.quota())
				+ " × " + coverage.headcount() + " = " + Figures.volume(coverage.capacity()) + ", covers ";
		if (coverage.coverage() >= 1) {
			findings.report(AnalysisCheck.ACTIVITY_COVERAGE, Severity.INFO,
					need + "; " + capacity + Amounts.percent(coverage.coverage()), measure);
		} else {
			double gap = coverage.needed() - coverage.capacity();
			findings.report(AnalysisCheck.ACTIVITY_COVERAGE, Severity.WARNING,
					need + "; " + capacity + "only " + Amounts.percent(coverage.coverage()) + ": short by "
							+ Amounts.grouped(gap, 0) + ", about " + Amounts.grouped(gap / coverage.quota(), 1) + " more "
							+ coverage.role() + " at a quota of " + Figures.volume(coverage.quota()) + " each", measure);
		}
	}

	/** Per process, in process order, the last stage the role owns. */
	private static Map<SalesProcess, Stage> ownedStages(WholeEngine engine, Role role) {
		Map<SalesProcess, Stage> last = new LinkedHashMap<>();
		if (!WholeEngine.resolved(role)) {
			return last;
		}
		for (SalesProcess process : engine.processes()) {
			for (Stage stage : process.getStages()) {
				if (stage.getOwner() == role) {
					last.put(process, stage);
				}
			}
		}
		return last;
	}

	/** Per process, the last stage during which a behavior indicated by the KPI is expected. */
	private static Map<SalesProcess, Stage> indicatedStages(WholeEngine engine, Kpi kpi) {
		Map<SalesProcess, Stage> last = new LinkedHashMap<>();
		for (SalesProcess process : engine.processes()) {
			for (Stage stage : process.getStages()) {
				for (Behavior behavior : engine.behaviorsIndicatedBy(kpi)) {
					if (behavior.getDuring().contains(stage)) {
						last.put(process, stage);
					}
				}
			}
		}
		return last;
	}

	private static List<StageDemand> demands(WholeEngine engine, Map<SalesProcess, Stage> stages, Map<String, Funnel> funnels) {
		List<StageDemand> demands = new ArrayList<>();
		stages.forEach((process, stage) -> {
			Funnel funnel = funnels.get(ElementIds.of(process));
			if (funnel == null) {
				return;
			}
			String stageId = ElementIds.of(stage);
			for (StageNeed need : funnel.stages()) {
				if (need.stage().equals(stageId)) {
					demands.add(new StageDemand(funnel.process(), stageId, need.neededAtExit(), need.neededAtEntry()));
				}
			}
		});
		return demands;
	}

	private static Integer headcount(Plan plan) {
		Role role = plan.getRole();
		return WholeEngine.resolved(role) ? role.getHeadcount() : null;
	}

}
