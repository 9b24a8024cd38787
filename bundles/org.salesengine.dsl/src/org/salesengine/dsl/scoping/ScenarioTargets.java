package org.salesengine.dsl.scoping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

/**
 * What a scenario's {@code set} may name: the engine itself (its revenue target), every element of the engine by
 * its name, a stage by its name where that is unique and as {@code Process.Stage} always, and a measure as
 * {@code Plan.Kpi}. Scenarios, outcomes and hires have no properties a scenario can vary and are left out.
 */
final class ScenarioTargets {
	private ScenarioTargets() {
	}

	static IScope of(WholeEngine engine) {
		Map<String, EObject> byName = new LinkedHashMap<>();
		Map<String, Integer> stageNames = new LinkedHashMap<>();
		List<Stage> stages = new ArrayList<>();
		if (engine.name() != null) {
			byName.put(engine.name(), engine.fragments().get(0));
		}
		for (Engine fragment : engine.fragments()) {
			List<NamedElement> elements = new ArrayList<>();
			elements.addAll(EngineSections.objectives(fragment));
			elements.addAll(EngineSections.segments(fragment));
			elements.addAll(EngineSections.roles(fragment));
			elements.addAll(EngineSections.teams(fragment));
			elements.addAll(EngineSections.processes(fragment));
			elements.addAll(EngineSections.behaviors(fragment));
			elements.addAll(EngineSections.rituals(fragment));
			elements.addAll(EngineSections.kpis(fragment));
			elements.addAll(EngineSections.plans(fragment));
			elements.addAll(EngineSections.spifs(fragment));
			for (NamedElement element : elements) {
				if (element.getName() != null) {
					byName.putIfAbsent(element.getName(), element);
				}
			}
			for (SalesProcess process : EngineSections.processes(fragment)) {
				for (Stage stage : process.getStages()) {
					if (stage.getName() != null && process.getName() != null) {
						stages.add(stage);
						stageNames.merge(stage.getName(), 1, Integer::sum);
						byName.putIfAbsent(process.getName() + "." + stage.getName(), stage);
					}
				}
			}
			for (Plan plan : EngineSections.plans(fragment)) {
				for (Measure measure : plan.getMeasures()) {
					if (plan.getName() != null) {
						byName.putIfAbsent(plan.getName() + "." + ElementIds.measuredKpiName(measure), measure);
					}
				}
			}
		}
		for (Stage stage : stages) {
			if (stageNames.get(stage.getName()) == 1) {
				byName.putIfAbsent(stage.getName(), stage);
			}
		}
		List<IEObjectDescription> descriptions = new ArrayList<>(byName.size());
		byName.forEach((name, element) -> descriptions.add(EObjectDescription.create(QualifiedName.create(name.split("\\.")), element)));
		return new SimpleScope(IScope.NULLSCOPE, descriptions);
	}
}
