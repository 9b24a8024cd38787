package org.salesengine.dsl.scoping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.salesengine.model.Engine;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;

/**
 * Finds every file that holds a part of the same engine, through Xtext's index and container visibility (so it
 * works the same from the command line, where all files are in one resource set, and in an editor, where the index
 * knows files that are not loaded yet).
 */
public class EngineFragments {
	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;
	@Inject
	private IContainer.Manager containerManager;

	/**
	 * Whether a synthetic copy (the editor's text parsed for content assist, {@code synthetic:/assist/a.sales}) stands
	 * for the file: the file is then not another fragment of the engine, or every name would be there twice.
	 */
	private static boolean standsFor(URI copy, URI file) {
		return "synthetic".equals(copy.scheme()) && copy.lastSegment() != null && copy.lastSegment().equals(file.lastSegment());
	}

	/** The whole engine that this fragment belongs to; this fragment comes first, then the others by URI. */
	public WholeEngine wholeEngineOf(Engine fragment) {
		Resource resource = fragment.eResource();
		if (fragment.getName() == null || resource == null || resource.getResourceSet() == null) {
			return WholeEngine.of(fragment);
		}
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
		IResourceDescription own = index.getResourceDescription(resource.getURI());
		if (own == null) {
			return WholeEngine.of(fragment);
		}
		TreeSet<URI> others = new TreeSet<>(Comparator.comparing(URI::toString));
		QualifiedName name = QualifiedName.create(fragment.getName());
		for (IContainer container : containerManager.getVisibleContainers(own, index)) {
			for (IEObjectDescription engine : container.getExportedObjects(SalesEnginePackage.Literals.ENGINE, name, false)) {
				URI uri = engine.getEObjectURI().trimFragment();
				if (!uri.equals(resource.getURI()) && !standsFor(resource.getURI(), uri)) {
					others.add(uri);
				}
			}
		}
		List<Engine> fragments = new ArrayList<>();
		fragments.add(fragment);
		// Asked once per file checked: a list's contains() here made checking an engine of F files cost F^3.
		Set<Engine> found = Collections.newSetFromMap(new IdentityHashMap<>());
		found.add(fragment);
		ResourceSet resourceSet = resource.getResourceSet();
		for (URI uri : others) {
			Resource other = resourceSet.getResource(uri, true);
			// An index may spell this file's own URI differently (a relative or synthetic URI, normalized): the same
			// resource must not count as a second fragment.
			if (other != null && other != resource && !other.getContents().isEmpty()
					&& other.getContents().get(0) instanceof Engine engine && fragment.getName().equals(engine.getName())
					&& found.add(engine)) {
				fragments.add(engine);
			}
		}
		return WholeEngine.of(fragments);
	}
}
