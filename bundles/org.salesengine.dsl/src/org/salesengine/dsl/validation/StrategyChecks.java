package org.salesengine.dsl.validation;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Engine;
import org.salesengine.model.Objective;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.WholeEngine;

/** Priorities, objectives and the engine's period and currency. */
public class StrategyChecks extends RuleChecks {

	@Check
	public void unmeasuredObjective(Objective objective) {
		if (wholeEngine(objective).kpisSupporting(objective).isEmpty()) {
			report(Rule.UNMEASURED_OBJECTIVE, "objective " + name(objective) + " is supported by no KPI",
					objective, MODEL.getNamedElement_Name(), objective.getName());
		}
	}

	@Check
	public void competingPriorities(Objective objective) {
		if (objective.getPriority() == null) {
			return;
		}
		Map<Integer, List<Objective>> byPriority = cached("objectives-by-priority", objective, StrategyChecks::byPriority);
		List<Objective> same = byPriority.getOrDefault(objective.getPriority(), List.of());
		if (same.size() > 1) {
			String names = same.stream().map(RuleChecks::name).collect(Collectors.joining(", "));
			report(Rule.COMPETING_PRIORITIES, "objectives " + names + " all have priority " + objective.getPriority(),
					objective, MODEL.getObjective_Priority());
		}
	}

	@Check
	public void invalidPeriod(Engine engine) {
		if (isReversed(engine.getPeriodStart(), engine.getPeriodEnd())) {
			report(Rule.INVALID_PERIOD, "engine " + name(engine) + ": the period ends (" + engine.getPeriodEnd()
					+ ") before it starts (" + engine.getPeriodStart() + ")", engine, MODEL.getEngine_PeriodEnd());
		}
	}

	@Check
	public void invalidSpifWindow(Spif spif) {
		if (isReversed(spif.getStartDate(), spif.getEndDate())) {
			report(Rule.INVALID_PERIOD, "SPIF " + name(spif) + " ends (" + spif.getEndDate() + ") before it starts ("
					+ spif.getStartDate() + ")", spif, MODEL.getSpif_EndDate());
		}
	}

	@Check
	public void unknownCurrency(Engine engine) {
		String code = engine.getCurrency();
		if (code == null) {
			return;
		}
		try {
			Currency.getInstance(code);
		} catch (IllegalArgumentException e) {
			report(Rule.UNKNOWN_CURRENCY, "currency '" + code + "' is not an ISO 4217 code such as EUR or USD",
					engine, MODEL.getEngine_Currency(), code);
		}
	}

	static boolean isReversed(String start, String end) {
		return start != null && end != null && LocalDate.parse(end).isBefore(LocalDate.parse(start));
	}

	private static Map<Integer, List<Objective>> byPriority(WholeEngine engine) {
		Map<Integer, List<Objective>> result = new HashMap<>();
		for (Objective objective : engine.objectives()) {
			if (objective.getPriority() != null) {
				result.computeIfAbsent(objective.getPriority(), p -> new java.util.ArrayList<>()).add(objective);
			}
		}
		return result;
	}
}
