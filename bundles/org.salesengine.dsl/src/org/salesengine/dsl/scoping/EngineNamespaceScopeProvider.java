package org.salesengine.dsl.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;
import org.salesengine.model.Engine;

/**
 * Plain names inside {@code engine X { ... }} resolve against everything exported as {@code X.*}, in this file or in
 * any other file that holds a part of engine X. Another engine's elements (another prefix) stay invisible, so two
 * engines in one folder may use the same names.
 */
public class EngineNamespaceScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	@Override
	protected List<ImportNormalizer> internalGetImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (context instanceof Engine engine && engine.getName() != null) {
			return List.of(new ImportNormalizer(QualifiedName.create(engine.getName()), true, ignoreCase));
		}
		return List.of();
	}
}
