package org.salesengine.dsl.scoping;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.salesengine.model.SalesEnginePackage;

/**
 * A change to one file of an engine re-checks every file of that engine, and no other. The rules look at the whole
 * engine: a headcount in one file moves the street quota reported on the revenue target in another. Xtext's builder
 * re-checks a file only when the names it links to change, so after such an edit the other files kept findings the
 * command line would no longer give. Here a file is affected by a change to any other file that holds a part of the
 * same engine (an exported engine of the same name, before or after the change).
 */
public class EngineResourceDescriptions extends DefaultResourceDescriptionManager {

	@Override
	protected boolean isAffectedByExtensions(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		Set<QualifiedName> engines = engines(candidate);
		if (engines.isEmpty()) {
			return false;
		}
		for (Delta delta : deltas) {
			if (!delta.getUri().equals(candidate.getURI()) && (holdsAny(delta.getNew(), engines) || holdsAny(delta.getOld(), engines))) {
				return true;
			}
		}
		return false;
	}

	private static Set<QualifiedName> engines(IResourceDescription description) {
		Set<QualifiedName> names = new HashSet<>(2);
		for (IEObjectDescription engine : description.getExportedObjectsByType(SalesEnginePackage.Literals.ENGINE)) {
			names.add(engine.getName());
		}
		return names;
	}

	private static boolean holdsAny(IResourceDescription description, Set<QualifiedName> engines) {
		if (description == null) {
			return false;
		}
		for (IEObjectDescription engine : description.getExportedObjectsByType(SalesEnginePackage.Literals.ENGINE)) {
			if (engines.contains(engine.getName())) {
				return true;
			}
		}
		return false;
	}
}
