package org.salesengine.analysis.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesEngineFactory;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Scenario;
import org.salesengine.model.ScenarioOverride;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.dsl.scenario.ScenarioProperties;

/**
 * {@code compare --levers}: every single-property change of a fixed list of candidates, each applied as a scenario
 * of its own and ranked by what it buys. The candidates (docs/scenarios.md):
 * <ul>
 * <li>+5 points of conversion at every stage with a conversion (at most 100%): what coaching a stage buys;</li>
 * <li>−10% and +10% quota on every measure with a quota: cheaper attainment against more street quota;</li>
 * <li>+1 head on every role that carries quota and has a headcount: capacity at the cost of its plan's OTE.</li>
 * </ul>
 * The rank: revenue reach gained per unit of cost, where cost is the change in pay at target (total OTE). Levers that
 * cost nothing and gain reach come first, by their gain; then the others by gain per cost; levers that lose reach
 * come last.
 */
public final class LeverSearch {
	private LeverSearch() {
	}

	/** One candidate tried: its change, the figures it gives and their deltas to the base. */
	public record Lever(String change, ScenarioFigures figures, Double reachGain, double cost) {
		/** reach points gained per 1 of added cost; null when it costs nothing or there is no reach. */
		public Double gainPerCost() {
			return reachGain == null || cost <= 0 ? null : reachGain / cost;
		}
	}

	public record Result(String engine, String currency, ScenarioFigures base, List<Lever> levers) {
	}

	public static Result run(ScenarioEngine base, Function<Scenario, ScenarioEngine> apply, AnalysisOptions options) {
		AnalysisOptions deterministic = new AnalysisOptions(options.payoutAttainments(), null);
		ScenarioComparison baseline = ScenarioComparison.of(List.of(base), deterministic);
		ScenarioFigures baseFigures = baseline.figures().get(0);
		List<Lever> levers = new ArrayList<>();
		for (Scenario candidate : candidates(base)) {
			ScenarioEngine run = apply.apply(candidate);
			ScenarioFigures figures = ScenarioComparison.of(List.of(run), deterministic).figures().get(0);
			Double gain = figures.revenueReach() == null || baseFigures.revenueReach() == null ? null
					: figures.revenueReach() - baseFigures.revenueReach();
			String change = run.changes().isEmpty() ? candidate.getName() : describe(run.changes().get(0));
			levers.add(new Lever(change, figures, gain, figures.payAtTarget() - baseFigures.payAtTarget()));
		}
		levers.sort(Comparator.comparingInt(LeverSearch::band).thenComparing(LeverSearch::order));
		return new Result(baseline.engine(), baseline.currency(), baseFigures, levers);
	}

	private static String describe(ScenarioChange change) {
		return change.path() + " " + change.before() + " → " + change.after();
	}

	/** 0: gains reach for free; 1: gains reach at a cost; 2: gains nothing; 3: loses reach. */
	private static int band(Lever lever) {
		double gain = lever.reachGain() == null ? 0 : lever.reachGain();
		if (gain > 1e-9) {
			return lever.cost() <= 0 ? 0 : 1;
		}
		return gain < -1e-9 ? 3 : 2;
	}

	private static double order(Lever lever) {
		double gain = lever.reachGain() == null ? 0 : lever.reachGain();
		return switch (band(lever)) {
			case 0 -> -gain;
			case 1 -> -lever.gainPerCost();
			case 2 -> lever.cost();
			default -> -gain;
		};
	}

	/** The candidate changes of the engine as written, each as a scenario of one {@code set}. */
	static List<Scenario> candidates(ScenarioEngine base) {
		List<Scenario> result = new ArrayList<>();
		for (SalesProcess process : base.engine().processes()) {
			for (Stage stage : process.getStages()) {
				if (stage.getConversion() != null && stage.getConversion().compareTo(BigDecimal.ONE) < 0) {
					BigDecimal raised = stage.getConversion().add(new BigDecimal("0.05")).min(BigDecimal.ONE);
					result.add(candidate(ScenarioProperties.elementPath(stage) + " +5 pts", stage, "conversion", Amounts.exactPercent(raised)));
				}
			}
		}
		for (Plan plan : base.engine().plans()) {
			for (Measure measure : plan.getMeasures()) {
				if (measure.getQuota() != null && measure.getQuota().signum() > 0) {
					for (String factor : List.of("0.9", "1.1")) {
						BigDecimal quota = measure.getQuota().multiply(new BigDecimal(factor)).round(MathContext.DECIMAL64).stripTrailingZeros();
						result.add(candidate(ScenarioProperties.elementPath(measure) + " quota ×" + factor, measure, "quota", Amounts.exact(quota)));
					}
				}
			}
		}
		for (Role role : base.engine().roles()) {
			if (role.isCarriesQuota() && role.getHeadcount() != null) {
				result.add(candidate(role.getName() + " +1 head", role, "headcount", String.valueOf(role.getHeadcount() + 1)));
			}
		}
		return result;
	}

	private static Scenario candidate(String name, EObject target, String property, String value) {
		Scenario scenario = SalesEngineFactory.eINSTANCE.createScenario();
		scenario.setName(name);
		ScenarioOverride override = SalesEngineFactory.eINSTANCE.createScenarioOverride();
		override.setTarget(target);
		override.setProperty(property);
		override.setValue(value);
		scenario.getOverrides().add(override);
		return scenario;
	}
}
