package org.salesengine.edit;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;

/**
 * An operation, planned and checked against the engine: the model changes to make and how to say what they did.
 * {@code updatesReferences} asks the change serializer to rewrite the references to changed names (a rename);
 * {@code breakages} are the references a forced deletion removes.
 */
record Change(String summary, boolean updatesReferences, List<Breakage> breakages, Modifications modifications) {

	/** Adds the operation's model changes to the serializer; {@code anyFile} is a file of the engine to attach them to. */
	interface Modifications {
		void addTo(IChangeSerializer serializer, Resource anyFile);
	}

	/** Model changes that need no help from the serializer: they are recorded in whichever file they touch. */
	static Change of(String summary, Runnable modelChanges) {
		return of(summary, List.of(), modelChanges);
	}

	static Change of(String summary, List<Breakage> breakages, Runnable modelChanges) {
		return new Change(summary, false, breakages, (serializer, anyFile) -> serializer.addModification(anyFile, file -> modelChanges.run()));
	}
}
