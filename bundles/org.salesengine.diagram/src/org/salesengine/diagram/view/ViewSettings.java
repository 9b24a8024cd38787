package org.salesengine.diagram.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.NamedElement;
import org.salesengine.model.View;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

/**
 * What a view asks for: a representation, a focus and its depth, the layers shown, the kinds hidden and the
 * colouring. It comes from a saved {@link View} of the engine's text, from the command line's options or from the
 * workbench's toggles, and is applied the same way to every diagram and table.
 *
 * @param name      the saved view's name, or empty for settings made on the spot
 * @param title     the saved view's display name, or empty
 * @param focus     the focused elements (resolved), or empty for the whole engine
 * @param layers    the sections shown; empty means all
 * @param hidden    the kinds of element left out
 */
public record ViewSettings(String name, String title, String representation, List<EObject> focus, int depth,
		Set<String> layers, Set<String> hidden, String colorBy) {

	/** The whole engine map, coloured by pillar: what a diagram shows without a view. */
	public static final ViewSettings NONE = new ViewSettings("", "", ViewWords.DEFAULT_REPRESENTATION, List.of(),
			ViewWords.DEFAULT_DEPTH, Set.of(), Set.of(), ViewWords.DEFAULT_COLOR_BY);

	public ViewSettings {
		focus = List.copyOf(focus);
		layers = Set.copyOf(layers);
		hidden = Set.copyOf(hidden);
	}

	/** A saved view; unresolved focus names and unknown words are left out (the validator reports them). */
	public static ViewSettings of(View view) {
		List<EObject> focus = new ArrayList<>();
		for (NamedElement element : view.getFocus()) {
			if (WholeEngine.resolved(element) && !focus.contains(element)) {
				focus.add(element);
			}
		}
		String representation = view.getRepresentation() == null ? ViewWords.DEFAULT_REPRESENTATION : view.getRepresentation();
		String colorBy = view.getColorBy() != null && ViewWords.COLOR_BY.contains(view.getColorBy()) ? view.getColorBy() : ViewWords.DEFAULT_COLOR_BY;
		return new ViewSettings(view.getName() == null ? "" : view.getName(), view.getDisplayName() == null ? "" : view.getDisplayName(),
				representation, focus, view.getDepth() == null ? ViewWords.DEFAULT_DEPTH : view.getDepth(),
				known(view.getLayers(), ViewWords.LAYERS), known(view.getHiddenKinds(), ViewWords.KINDS), colorBy);
	}

	private static Set<String> known(List<String> written, List<String> words) {
		Set<String> result = new LinkedHashSet<>();
		written.stream().filter(words::contains).forEach(result::add);
		return result;
	}

	public boolean isSaved() {
		return !name.isEmpty();
	}

	/** True when the settings leave every element in: no focus, all layers, no kind hidden. */
	public boolean showsAll() {
		return focus.isEmpty() && (layers.isEmpty() || layers.containsAll(ViewWords.LAYERS)) && hidden.isEmpty();
	}

	public boolean showsLayer(String layer) {
		return layers.isEmpty() || layers.contains(layer);
	}

	public ViewSettings withRepresentation(String newRepresentation) {
		return new ViewSettings(name, title, newRepresentation, focus, depth, layers, hidden, colorBy);
	}

	public ViewSettings withFocus(List<EObject> newFocus, int newDepth) {
		return new ViewSettings(name, title, representation, newFocus, newDepth, layers, hidden, colorBy);
	}

	public ViewSettings withLayers(Set<String> newLayers) {
		return new ViewSettings(name, title, representation, focus, depth, newLayers, hidden, colorBy);
	}

	public ViewSettings withHidden(Set<String> newHidden) {
		return new ViewSettings(name, title, representation, focus, depth, layers, newHidden, colorBy);
	}

	public ViewSettings withColorBy(String newColorBy) {
		return new ViewSettings(name, title, representation, focus, depth, layers, hidden, newColorBy);
	}

	/** The same settings, no longer tied to a saved view (after a toggle changed them). */
	public ViewSettings unsaved() {
		return new ViewSettings("", "", representation, focus, depth, layers, hidden, colorBy);
	}

	public ViewSettings named(String newName, String newTitle) {
		return new ViewSettings(newName, newTitle, representation, focus, depth, layers, hidden, colorBy);
	}
}
