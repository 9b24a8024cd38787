package org.salesengine.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Outcome;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * One namespace per engine, {@code Engine.Name}, for every element but the parts of a process: its stages and outcomes
 * are named within it ({@code AcmeEmea.NewBusiness.Discovery}), so that two processes may both have a stage Lead and
 * an outcome ClosedWon. A stage is referred to by its plain name where that is unique in the engine, and as
 * {@code Process.Stage} where it is not ({@link org.salesengine.dsl.scoping.StageScope}).
 */
@Singleton
public class EngineQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {
	@Inject
	private IResourceScopeCache cache;

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element.eResource() == null) {
			return compute(element);
		}
		return cache.get(Tuples.pair(element, "fqn"), element.eResource(), () -> compute(element));
	}

	private static QualifiedName compute(EObject element) {
		if (element instanceof Engine engine) {
			return engine.getName() == null ? null : QualifiedName.create(engine.getName());
		}
		if ((element instanceof Stage || element instanceof Outcome) && element.eContainer() instanceof SalesProcess process) {
			QualifiedName processName = compute(process);
			String name = ((NamedElement) element).getName();
			return processName == null || name == null ? null : processName.append(name);
		}
		if (element instanceof NamedElement named && named.getName() != null) {
			for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
				if (container instanceof Engine engine) {
					return engine.getName() == null ? null : QualifiedName.create(engine.getName(), named.getName());
				}
			}
		}
		return null;
	}
}
