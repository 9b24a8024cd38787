package org.salesengine.analysis.funnel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.AnalysisCheck;
import org.salesengine.analysis.AnalysisFindings;
import org.salesengine.analysis.AnalysisNote;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.AnalysisNote.Topic;
import org.salesengine.model.Duration;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.Kpi;
import org.salesengine.model.KpiUnit;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.TimeUnit;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * Sizes each process's funnel from the target of the KPI it produces: deals needed = target ÷ average deal, then
 * backwards through the stages, needed at a stage's entry = needed after it ÷ its conversion.
 * <p>
 * A process that cannot be sized gets a note; when no validator rule already says why (a missing KPI, target,
 * average deal or conversion), it also gets an {@link AnalysisCheck#FUNNEL_NOT_SIZED} finding, because an unsized
 * funnel leaves capacity and pipeline targets without a basis.
 */
public final class FunnelBackSolve {
	/** A month in a stage duration counts 30 days. */
	public static final int DAYS_PER_MONTH = 30;

	private FunnelBackSolve() {
	}

	public static List<Funnel> of(WholeEngine engine, Consumer<AnalysisNote> notes, AnalysisFindings findings) {
		List<Funnel> funnels = new ArrayList<>();
		for (SalesProcess process : engine.processes()) {
			Funnel funnel = size(process, notes, findings);
			if (funnel != null) {
				funnels.add(funnel);
			}
		}
		checkRevenueCoverage(engine, funnels, findings);
		return List.copyOf(funnels);
	}

	/**
	 * The currency KPIs the sized funnels produce should add up to the revenue target; what they leave out is revenue
	 * no process is designed to bring in. Only checked when at least one funnel is sized, since an unsized funnel is
	 * already reported.
	 */
	private static void checkRevenueCoverage(WholeEngine engine, List<Funnel> funnels, AnalysisFindings findings) {
		BigDecimal target = engine.revenueTarget();
		Map<String, Double> produced = new LinkedHashMap<>();
		funnels.stream().filter(f -> f.averageDeal() != null).forEach(f -> produced.putIfAbsent(f.kpi(), f.kpiTarget()));
		if (target == null || target.signum() <= 0 || produced.isEmpty()) {
			return;
		}
		double sum = produced.values().stream().mapToDouble(Double::doubleValue).sum();
		if (sum < target.doubleValue()) {
			String parts = produced.entrySet().stream().map(e -> e.getKey() + " " + Amounts.brief(e.getValue()))
					.collect(Collectors.joining(", "));
			EObject holder = engine.fragments().stream().map(EngineSections::revenueTargetSection).filter(Objects::nonNull)
					.findFirst().map(EObject.class::cast).orElse(engine.fragments().get(0));
			findings.report(AnalysisCheck.TARGET_OUTSIDE_FUNNELS, Severity.WARNING, "the funnels are sized for "
					+ Amounts.brief(sum) + " (" + parts + ") of the " + Amounts.exact(target) + " revenue target: "
					+ Amounts.brief(target.doubleValue() - sum) + " has no process that brings it in", holder);
		}
	}

	private static Funnel size(SalesProcess process, Consumer<AnalysisNote> notes, AnalysisFindings findings) {
		String id = ElementIds.of(process);
		String name = "process " + process.getName();
		if (process.getStages().isEmpty()) {
			notes.accept(new AnalysisNote(Topic.FUNNEL, id, name + " is not sized: it has no stages"));
			return null;
		}
		Kpi kpi = process.getProduces();
		if (kpi == null) {
			unsized(process, name + " is not sized: it produces no KPI, so no target drives its funnel", notes, findings);
			return null;
		}
		if (!WholeEngine.resolved(kpi)) {
			notes.accept(new AnalysisNote(Topic.FUNNEL, id, name + " is not sized: the KPI it produces does not resolve"));
			return null;
		}
		if (kpi.getTarget() == null || kpi.getTarget().signum() <= 0) {
			unsized(process, name + " is not sized: KPI " + kpi.getName() + " it produces has no target", notes, findings);
			return null;
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
				unsized(process, name + " is not sized: it has no average deal to turn " + kpi.getName() + " "
						+ Amounts.exact(kpi.getTarget()) + " into deals", notes, findings);
				return null;
			}
			averageDeal = average.doubleValue();
			deals = target / averageDeal;
		} else {
			unsized(process, name + " is not sized: KPI " + kpi.getName() + " is not a currency or count KPI, so its target"
					+ " does not say how many deals to win", notes, findings);
			return null;
		}
		for (Stage stage : process.getStages()) {
			BigDecimal conversion = stage.getConversion();
			if (conversion == null) {
				unsized(process, name + " is not sized: stage " + stage.getName() + " has no conversion", notes, findings);
				return null;
			}
			if (conversion.signum() <= 0 || conversion.compareTo(BigDecimal.ONE) > 0) {
				notes.accept(new AnalysisNote(Topic.FUNNEL, id, name + " is not sized: stage " + stage.getName()
						+ " converts " + Amounts.exactPercent(conversion) + ", which no funnel can"));
				return null;
			}
		}
		return backSolve(process, kpi, unit, target, averageDeal, deals, notes);
	}

	private static Funnel backSolve(SalesProcess process, Kpi kpi, KpiUnit unit, double target, Double averageDeal,
			double deals, Consumer<AnalysisNote> notes) {
		List<Stage> stages = process.getStages();
		StageNeed[] needs = new StageNeed[stages.size()];
		double neededAfter = deals;
		double winRate = 1;
		for (int i = stages.size() - 1; i >= 0; i--) {
			Stage stage = stages.get(i);
			double conversion = stage.getConversion().doubleValue();
			double neededAtEntry = neededAfter / conversion;
			Integer days = days(stage.getDuration());
			String owner = WholeEngine.resolved(stage.getOwner()) ? stage.getOwner().getName() : null;
			needs[i] = new StageNeed(ElementIds.of(stage), owner, conversion, days, neededAtEntry, neededAfter);
			neededAfter = neededAtEntry;
			winRate *= conversion;
		}
		Integer cycle = 0;
		for (StageNeed need : needs) {
			if (need.durationDays() == null) {
				notes.accept(new AnalysisNote(Topic.FUNNEL, need.stage(), "process " + process.getName()
						+ ": no cycle time, stage " + ElementNames.last(need.stage()) + " has no duration"));
				cycle = null;
				break;
			}
			cycle += need.durationDays();
		}
		return new Funnel(ElementIds.of(process), kpi.getName(), unit.getLiteral(), target, averageDeal, deals,
				List.of(needs), winRate, cycle);
	}

	private static void unsized(SalesProcess process, String reason, Consumer<AnalysisNote> notes, AnalysisFindings findings) {
		notes.accept(new AnalysisNote(Topic.FUNNEL, ElementIds.of(process), reason));
		findings.report(AnalysisCheck.FUNNEL_NOT_SIZED, Severity.WARNING, reason, process);
	}

	static Integer days(Duration duration) {
		if (duration == null || duration.getValue() == null) {
			return null;
		}
		return duration.getUnit() == TimeUnit.MONTHS ? duration.getValue() * DAYS_PER_MONTH : duration.getValue();
	}

}
