package org.salesengine.analysis.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.Behavior;
import org.salesengine.model.Engine;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;
import org.salesengine.model.engine.WholeEngine;

/**
 * The objectives a finding touches, through the element it is about: a KPI touches the objectives it supports; a
 * measure, plan, SPIF, ritual or behavior those of the KPIs it pays on, rewards, reviews or indicates; a process (and
 * its stages and outcomes) those of the KPI it produces; a role those of the KPIs it owns and its plans pay on; a team
 * its roles'; a segment its processes'; the engine itself every objective (its revenue target serves them all).
 */
final class ObjectiveReach {
	private final WholeEngine engine;

	ObjectiveReach(WholeEngine engine) {
		this.engine = engine;
	}

	/** The touched objective with the best (lowest) priority, or null when none has a priority. */
	Objective mostImportant(EObject element) {
		return touched(element).stream()
				.filter(o -> o.getPriority() != null && o.getPriority() >= 1)
				.min(Comparator.comparingInt(Objective::getPriority))
				.orElse(null);
	}

	List<Objective> touched(EObject element) {
		List<Objective> objectives = new ArrayList<>();
		collect(element, objectives);
		return objectives;
	}

	private void collect(EObject element, List<Objective> into) {
		if (element == null || element.eIsProxy()) {
			return;
		}
		if (element instanceof Objective objective) {
			into.add(objective);
		} else if (element instanceof Kpi kpi) {
			into.addAll(kpi.getSupports());
		} else if (element instanceof Measure measure) {
			collect(measure.getKpi(), into);
		} else if (element instanceof Plan plan) {
			plan.getMeasures().forEach(m -> collect(m, into));
		} else if (element instanceof Spif spif) {
			collect(spif.getRewards(), into);
		} else if (element instanceof Ritual ritual) {
			collectAll(ritual.getReviews(), into);
		} else if (element instanceof Behavior behavior) {
			collectAll(behavior.getIndicators(), into);
			behavior.getDuring().forEach(stage -> collect(stage, into));
		} else if (element instanceof SalesProcess process) {
			collect(process.getProduces(), into);
		} else if (element instanceof Stage || element instanceof org.salesengine.model.Outcome) {
			collect(element.eContainer(), into);
		} else if (element instanceof Role role) {
			engine.kpis().stream().filter(k -> k.getOwner() == role).forEach(k -> collect(k, into));
			engine.plansFor(role).forEach(p -> collect(p, into));
		} else if (element instanceof Team team) {
			collect(team.getLead(), into);
			team.getMembers().forEach(r -> collect(r, into));
		} else if (element instanceof Segment segment) {
			engine.processes().stream().filter(p -> p.getSegments().contains(segment)).forEach(p -> collect(p, into));
		} else if (element instanceof Engine) {
			into.addAll(engine.objectives());
		} else {
			collect(element.eContainer(), into);
		}
	}

	private void collectAll(Collection<? extends EObject> elements, List<Objective> into) {
		elements.forEach(e -> collect(e, into));
	}
}
