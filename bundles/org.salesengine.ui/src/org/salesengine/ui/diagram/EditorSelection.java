package org.salesengine.ui.diagram;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.ElementText;
import org.salesengine.ui.editor.EngineDocumentModel;
import org.salesengine.ui.editor.EngineDocumentModel.Snapshot;
import org.salesengine.ui.editor.SalesEngineEditor;

/** Links between the text and the diagram: which element the caret is in, and where an element is declared. */
public final class EditorSelection {
	private EditorSelection() {
	}

	/** The id of the innermost element (with a name, or a measure) at the offset; null outside any element. */
	public static String elementIdAt(Snapshot snapshot, int offset) {
		EObject element = new EObjectAtOffsetHelper().resolveContainedElementAt(snapshot.resource(), offset);
		while (element != null && !(element instanceof Engine)) {
			if ((element instanceof NamedElement named && named.getName() != null) || element instanceof Measure) {
				return ElementIds.of(element);
			}
			element = element.eContainer();
		}
		return null;
	}

	/** The id itself when the diagram draws it, else its nearest container that it draws (a stage's process). */
	static String shownAncestor(Diagram diagram, String id, EngineDocumentModel model) {
		if (drawn(diagram, id)) {
			return id;
		}
		return model.read(snapshot -> {
			for (EObject element = find(snapshot.resource(), id); element != null; element = element.eContainer()) {
				String candidate = ElementIds.of(element);
				if (drawn(diagram, candidate)) {
					return candidate;
				}
			}
			return null;
		});
	}

	/** Selects the element's name in the editor, or opens the file of the engine that declares it. */
	public static void reveal(SalesEngineEditor editor, String elementId) {
		EngineDocumentModel model = editor.model();
		Object[] target = model.read(snapshot -> {
			EObject local = find(snapshot.resource(), elementId);
			if (local != null) {
				return new Object[] { null, ElementText.nameRange(local) };
			}
			Engine engine = snapshot.engine();
			if (engine == null) {
				return null;
			}
			for (Engine fragment : SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(engine).fragments()) {
				EObject other = find(fragment.eResource(), elementId);
				if (other != null) {
					return new Object[] { fragment.eResource().getURI(), ElementText.nameRange(other) };
				}
			}
			return null;
		});
		if (target == null || target[1] == null) {
			return;
		}
		int[] range = (int[]) target[1];
		if (target[0] == null) {
			editor.selectAndReveal(range[0], range[1]);
			return;
		}
		URI uri = (URI) target[0];
		if (uri.isPlatformResource()) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
			try {
				if (IDE.openEditor(editor.getSite().getPage(), file, SalesEngineUi.EDITOR_ID) instanceof SalesEngineEditor other) {
					other.selectAndReveal(range[0], range[1]);
				}
			} catch (PartInitException e) {
				SalesEngineUi.log("cannot open " + file, e);
			}
		}
	}

	private static boolean drawn(Diagram diagram, String id) {
		return id != null && !id.isEmpty() && diagram.allNodes().stream().anyMatch(node -> id.equals(node.elementId()));
	}

	/** The element of that id in the resource (expressions are skipped: they hold no element), or null. */
	public static EObject find(Resource resource, String id) {
		if (resource == null || resource.getContents().isEmpty()) {
			return null;
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Expression) {
				it.prune();
			} else if (id.equals(ElementIds.of(element))) {
				return element;
			}
		}
		return null;
	}
}
