package org.salesengine.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.salesengine.model.Engine;

import com.google.inject.Inject;

/**
 * Plain names inside {@code engine X { ... }} resolve against everything exported as {@code X.*}, in this file or in
 * any other file that holds a part of engine X. Another engine's elements (another prefix) stay invisible, so two
 * engines in one folder may use the same names.
 *
 * <p>The scope of an element (the index's view of the other files, this file's names, the engine's namespace, and
 * one layer per named element it is nested in) is the same for every reference of one kind made from the same
 * element, and an element's scope is its container's plus a layer. So each is built once per element and reference
 * and kept until the file changes (Xtext's resource-scope cache, cleared by every edit): the thousands of references
 * of a large engine share their engine's and their sections' scopes instead of building the chain anew each time,
 * which was most of the time linking took.
 */
public class EngineNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (context.eResource() == null) {
			return super.getScope(context, reference);
		}
		// super.getScope asks this method for the container's scope, which is then found here too.
		return cache.get(Tuples.create(EngineNamespaceScopeProvider.class, context, reference), context.eResource(),
				() -> super.getScope(context, reference));
	}

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (context instanceof Engine engine && engine.getName() != null) {
			return List.of(new ImportNormalizer(QualifiedName.create(engine.getName()), true, ignoreCase));
		}
		return List.of();
	}
}
