package org.salesengine.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Behavior;
import org.salesengine.model.Kpi;
import org.salesengine.model.Ritual;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.WholeEngine;

/** Behaviors and the rituals that reinforce them. */
public class CultureChecks extends RuleChecks {

	@Check
	public void unreinforcedBehavior(Behavior behavior) {
		if (behavior.getIndicators().isEmpty() && behavior.getReinforcedBy().isEmpty()) {
			report(Rule.UNREINFORCED_BEHAVIOR, "behavior " + name(behavior)
					+ " has no indicator KPI and no ritual that reinforces it", behavior, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void ritualWithoutKpi(Ritual ritual) {
		if (ritual.getReviews().isEmpty()) {
			report(Rule.RITUAL_WITHOUT_KPI, "ritual " + name(ritual) + " reviews no KPI", ritual, MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void unreviewedKpi(Kpi kpi) {
		WholeEngine engine = wholeEngine(kpi);
		boolean paid = !engine.measuresOn(kpi).isEmpty();
		if ((kpi.getTarget() != null || paid) && engine.ritualsReviewing(kpi).isEmpty()) {
			String why = paid ? "is paid on" : "has a target";
			report(Rule.UNREVIEWED_KPI, "KPI " + name(kpi) + " " + why + " but no ritual reviews it", kpi,
					MODEL.getNamedElement_Name());
		}
	}

	@Check
	public void behaviorRoleMismatch(Behavior behavior) {
		if (behavior.getExpectedOf().isEmpty()) {
			return;
		}
		List<Stage> foreign = behavior.getDuring().stream()
				.filter(stage -> WholeEngine.resolved(stage) && WholeEngine.resolved(stage.getOwner()))
				.filter(stage -> !behavior.getExpectedOf().contains(stage.getOwner()))
				.toList();
		if (!foreign.isEmpty()) {
			String stages = foreign.stream().map(s -> s.getName() + " (owned by " + name(s.getOwner()) + ")")
					.collect(Collectors.joining(", "));
			String roles = behavior.getExpectedOf().stream().map(RuleChecks::name).collect(Collectors.joining(", "));
			report(Rule.BEHAVIOR_ROLE_MISMATCH, "behavior " + name(behavior) + " is expected of " + roles + " during " + stages,
					behavior, MODEL.getBehavior_During());
		}
	}
}
