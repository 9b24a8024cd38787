package org.salesengine.ui.diagram.palette;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.dsl.scoping.EngineFragments;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.diagram.EditorSelection;
import org.salesengine.ui.editor.EngineDocumentModel;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * The elements the diagram and the tables show, by their ids, in the editor's current parse: what a tool asks about
 * (which links fit two elements, the name an operation knows an element by), read under the model's lock.
 */
final class ShownElements {
	private ShownElements() {
	}

	/** What {@code reader} says of the element of that id in the editor's whole engine; null when there is none. */
	static <T> T read(SalesEngineEditor editor, String id, Function<EObject, T> reader) {
		return read(editor, whole -> {
			EObject element = find(whole, id);
			return element == null ? null : reader.apply(element);
		});
	}

	static <T> T read(SalesEngineEditor editor, Function<WholeEngine, T> reader) {
		EngineDocumentModel model = editor == null ? null : editor.model();
		if (model == null) {
			return null;
		}
		return model.read(snapshot -> {
			Engine engine = snapshot.engine();
			if (engine == null || engine.getName() == null) {
				return null;
			}
			return reader.apply(SalesEngineUi.get().injector().getInstance(EngineFragments.class).wholeEngineOf(engine));
		});
	}

	static EObject find(WholeEngine whole, String id) {
		if (id == null) {
			return null;
		}
		for (Engine fragment : whole.fragments()) {
			EObject element = EditorSelection.find(fragment.eResource(), id);
			if (element != null) {
				return element;
			}
		}
		return null;
	}
}
