package org.salesengine.dsl.scoping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.salesengine.dsl.validation.EngineFacts;
import org.salesengine.model.Engine;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.EngineSections;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * A view's focus sees every element of the engine, stages as below. Stage references ({@code during}, {@code counts}, {@code sums}) see the stages of every process of the engine, by
 * plain name where that is unique and as {@code Process.Stage} ({@link StageScope}); every other reference sees the
 * engine's namespace ({@link EngineNamespaceScopeProvider}); a scenario's {@code set} sees the elements it may vary
 * ({@link ScenarioTargets}).
 */
public class SalesEngineScopeProvider extends AbstractSalesEngineScopeProvider {
	@Inject
	private EngineFacts engineFacts;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == SalesEnginePackage.Literals.SCENARIO_OVERRIDE__TARGET) {
			Engine fragment = EcoreUtil2.getContainerOfType(context, Engine.class);
			return fragment == null ? IScope.NULLSCOPE
					: engineFacts.of(fragment).get("scenario-targets", ScenarioTargets::of);
		}
		IScope scope = super.getScope(context, reference);
		boolean focus = reference == SalesEnginePackage.Literals.VIEW__FOCUS;
		if (reference.getEReferenceType() != SalesEnginePackage.Literals.STAGE && !focus) {
			return scope;
		}
		Engine fragment = EcoreUtil2.getContainerOfType(context, Engine.class);
		if (fragment == null) {
			return scope;
		}
		Map<String, List<Stage>> stages = engineFacts.of(fragment).get("stages-by-name", SalesEngineScopeProvider::stagesByName);
		if (focus) {
			// A view focuses on elements of the engine: not on another view, nor on the engine itself.
			IScope elements = new FilteringScope(scope, d -> !SalesEnginePackage.Literals.VIEW.isSuperTypeOf(d.getEClass())
					&& d.getEClass() != SalesEnginePackage.Literals.ENGINE);
			return new StageScope(elements, stages, true);
		}
		return new StageScope(scope, stages);
	}

	/** Reads only names and containment, never a reference: it runs while the engine is being linked. */
	private static Map<String, List<Stage>> stagesByName(WholeEngine engine) {
		Map<String, List<Stage>> result = new LinkedHashMap<>();
		for (Engine fragment : engine.fragments()) {
			for (SalesProcess process : EngineSections.processes(fragment)) {
				for (Stage stage : process.getStages()) {
					if (stage.getName() != null) {
						result.computeIfAbsent(stage.getName(), n -> new java.util.ArrayList<>(2)).add(stage);
					}
				}
			}
		}
		return result;
	}
}
