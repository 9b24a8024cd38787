package org.salesengine.lsp;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionDelta;

/**
 * Xtext's language-server build, minus the re-parse and re-link of files that did not change. An edit of one file of
 * an engine re-checks all of its files ({@code EngineResourceDescriptions} makes them depend on each other), and
 * Xtext's builder unloads every file it re-checks, so that it is parsed and linked again from its text. For a file
 * whose text did not change only its links can be wrong: those that pointed into the edited or deleted files, whose
 * elements are gone. So such a file keeps its parse (elements and node model), and:
 * <ul>
 * <li>when the changed files still declare the same names (same exported names, kinds and positions: a number, a
 * text, a reference edited), a file that links into a changed file is re-linked ({@link XtextResource#relink()}:
 * every cross-reference back to a lazy proxy, resolved again by name from the file's own text), and a file that does
 * not keeps its links, which can only resolve as before;</li>
 * <li>when a name was added, removed or moved, every such file is re-linked: a link elsewhere may now resolve
 * differently, or at all.</li>
 * </ul>
 * Either way its resource-scope cache (scopes, whole-engine facts, its index entry) is cleared, and the re-check
 * validates it as before. The changed and deleted files themselves are unloaded and read again, as Xtext does.
 *
 * <p>On the 600-file engine of {@code bench/lsp}, a digit typed in one file costs one parse instead of 600, and the
 * links of the files that use that file's elements instead of the whole engine's (bench/RESULTS.md).
 */
public class EngineIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {
	/** The files whose text changed or that are gone, in this build: these must be read again. */
	private Set<URI> changed;
	/** Whether a changed file declares other names than before; found once per build. */
	private Boolean namesChanged;

	@Override
	protected void unloadResource(URI uri) {
		Resource resource = getRequest().getResourceSet().getResource(uri, false);
		if (resource instanceof XtextResource file && file.isLoaded() && file.getParseResult() != null && !changed().contains(uri)) {
			if (namesChanged() || linksInto(file, changed())) {
				file.relink();
			} else {
				file.getCache().clear(file);
			}
			return;
		}
		super.unloadResource(uri);
	}

	private Set<URI> changed() {
		if (changed == null) {
			BuildRequest request = getRequest();
			changed = new HashSet<>(request.getDirtyFiles());
			changed.addAll(request.getDeletedFiles());
		}
		return changed;
	}

	/**
	 * Compares each changed file's entry in the index before this build with the one the indexer has just put in its
	 * place (Xtext's builder calls {@link #unloadResource} for the affected files after indexing the changed ones).
	 */
	private boolean namesChanged() {
		if (namesChanged == null) {
			namesChanged = false;
			for (URI uri : changed()) {
				IResourceDescription before = getContext().getOldState().getResourceDescriptions().getResourceDescription(uri);
				IResourceDescription after = getRequest().getState().getResourceDescriptions().getResourceDescription(uri);
				if (before != after && (before == null || after == null
						|| new DefaultResourceDescriptionDelta(before, after).haveEObjectDescriptionsChanged())) {
					namesChanged = true;
					break;
				}
			}
		}
		return namesChanged;
	}

	/**
	 * Whether a link of the file points into one of the files: to an element unloaded with it (a proxy with that
	 * file's URI) or still held in it. Reads the links without resolving any.
	 */
	private static boolean linksInto(XtextResource file, Set<URI> files) {
		for (TreeIterator<EObject> contents = EcoreUtil.getAllProperContents(file, false); contents.hasNext();) {
			EObject element = contents.next();
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !element.eIsSet(reference)) {
					continue;
				}
				Object value = element.eGet(reference, false);
				if (reference.isMany()) {
					for (Object target : ((InternalEList<?>) value).basicList()) {
						if (pointsInto((EObject) target, files)) {
							return true;
						}
					}
				} else if (pointsInto((EObject) value, files)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean pointsInto(EObject target, Set<URI> files) {
		if (target == null) {
			return false;
		}
		if (target.eIsProxy()) {
			return files.contains(((InternalEObject) target).eProxyURI().trimFragment());
		}
		Resource resource = target.eResource();
		return resource == null || files.contains(resource.getURI());
	}
}
