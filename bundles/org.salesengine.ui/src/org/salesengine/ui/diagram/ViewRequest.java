package org.salesengine.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.View;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

/**
 * What the Diagram view is asked to show, kept by element ids rather than model objects: the editor re-parses as the
 * user types, and each build resolves the ids against the engine it builds from. A saved view is named, and read
 * from the text on every build, so editing it in the text changes the picture.
 */
record ViewRequest(String representation, String savedView, List<String> focusIds, int depth, Set<String> layers,
		Set<String> hidden, String colorBy) {

	static final ViewRequest DEFAULT = new ViewRequest(ViewWords.DEFAULT_REPRESENTATION, null, List.of(), ViewWords.DEFAULT_DEPTH,
			Set.of(), Set.of(), ViewWords.DEFAULT_COLOR_BY);

	ViewRequest {
		focusIds = List.copyOf(focusIds);
		layers = Set.copyOf(layers);
		hidden = Set.copyOf(hidden);
	}

	/** The settings to build with; a saved view that no longer exists falls back to the settings on hand. */
	ViewSettings resolve(WholeEngine engine) {
		if (savedView != null) {
			for (View view : engine.views()) {
				if (savedView.equals(view.getName())) {
					return ViewSettings.of(view);
				}
			}
		}
		List<EObject> focus = new ArrayList<>();
		if (!focusIds.isEmpty()) {
			for (Engine fragment : engine.fragments()) {
				for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
					EObject element = it.next();
					if (element instanceof Expression || element instanceof View) {
						it.prune();
					} else if ((element instanceof NamedElement || element instanceof Measure) && focusIds.contains(ElementIds.of(element))
							&& !focus.contains(element)) {
						// Only what has an id of its own: a role's ramp or a stage's exit criteria answer with their owner's.
						focus.add(element);
					}
				}
			}
		}
		return new ViewSettings("", "", representation, focus, depth, layers, hidden, colorBy);
	}

	/** The request that shows these settings as they are, no longer tied to a saved view. */
	static ViewRequest of(ViewSettings settings) {
		return new ViewRequest(settings.representation(), null, settings.focus().stream().map(ElementIds::of).toList(), settings.depth(),
				settings.layers(), settings.hidden(), settings.colorBy());
	}

	ViewRequest withRepresentation(String newRepresentation) {
		return new ViewRequest(newRepresentation, null, focusIds, depth, layers, hidden, colorBy);
	}

	ViewRequest withSavedView(String name) {
		return new ViewRequest(representation, name, focusIds, depth, layers, hidden, colorBy);
	}

	ViewRequest withFocus(List<String> ids, int newDepth) {
		return new ViewRequest(representation, null, ids, newDepth, layers, hidden, colorBy);
	}

	ViewRequest withLayers(Set<String> newLayers) {
		return new ViewRequest(representation, null, focusIds, depth, newLayers, hidden, colorBy);
	}

	ViewRequest withHidden(Set<String> newHidden) {
		return new ViewRequest(representation, null, focusIds, depth, layers, newHidden, colorBy);
	}

	ViewRequest withColorBy(String newColorBy) {
		return new ViewRequest(representation, null, focusIds, depth, layers, hidden, newColorBy);
	}
}
