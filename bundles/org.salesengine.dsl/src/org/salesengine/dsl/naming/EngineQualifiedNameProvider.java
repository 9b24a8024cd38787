package org.salesengine.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * One flat namespace per engine: every element is {@code Engine.Name}, however deeply it is nested (a stage is
 * {@code AcmeEmea.Discovery}, not {@code AcmeEmea.NewBusiness.Discovery}), because the language refers to stages and
 * outcomes by their plain names and names are unique across the whole engine.
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
