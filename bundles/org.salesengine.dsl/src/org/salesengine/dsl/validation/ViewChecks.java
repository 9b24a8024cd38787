package org.salesengine.dsl.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.model.NamedElement;
import org.salesengine.model.View;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

/**
 * Saved views: every word a view is written in must mean something ("did you mean" where it does not), its focus
 * depth must be in range, and what it shows must not be empty. Duplicate view names are duplicate-name's.
 */
public class ViewChecks extends RuleChecks {

	@Check
	public void representation(View view) {
		String representation = view.getRepresentation();
		if (representation != null && !ViewWords.representations().contains(representation)) {
			report(Rule.UNKNOWN_REPRESENTATION, "view " + name(view) + ": there is no diagram or table '" + representation + "'"
					+ Similarity.didYouMean(representation, ViewWords.representations()) + "; the diagrams are "
					+ String.join(", ", ViewWords.DIAGRAMS) + ", the tables " + String.join(", ", ViewWords.TABLES), view,
					MODEL.getView_Representation(), representation);
		}
	}

	@Check
	public void layers(View view) {
		unknownWords(view, Rule.UNKNOWN_LAYER, MODEL.getView_Layers(), view.getLayers(), ViewWords.LAYERS, "layer", "the layers are the sections: ");
	}

	@Check
	public void hiddenKinds(View view) {
		unknownWords(view, Rule.UNKNOWN_ELEMENT_KIND, MODEL.getView_HiddenKinds(), view.getHiddenKinds(), ViewWords.KINDS, "kind of element", "the kinds are ");
	}

	@Check
	public void colorBy(View view) {
		String colorBy = view.getColorBy();
		if (colorBy != null && !ViewWords.COLOR_BY.contains(colorBy)) {
			report(Rule.UNKNOWN_COLOR_BY, "view " + name(view) + ": cannot color by '" + colorBy + "'"
					+ Similarity.didYouMean(colorBy, ViewWords.COLOR_BY) + "; a view colors by " + String.join(", ", ViewWords.COLOR_BY),
					view, MODEL.getView_ColorBy(), colorBy);
		}
	}

	@Check
	public void depth(View view) {
		Integer depth = view.getDepth();
		if (depth == null) {
			return;
		}
		int most = (int) value(Rule.FOCUS_DEPTH_OUT_OF_RANGE, "most", view).low();
		if (depth < 0 || depth > most) {
			report(Rule.FOCUS_DEPTH_OUT_OF_RANGE, "view " + name(view) + ": focus depth " + depth + " is outside 0 to " + most
					+ " (" + settings(view).origin(Rule.FOCUS_DEPTH_OUT_OF_RANGE, "most") + ")", view, MODEL.getView_Depth());
		}
	}

	@Check
	public void showsNothing(View view) {
		String representation = view.getRepresentation() == null ? ViewWords.DEFAULT_REPRESENTATION : view.getRepresentation();
		List<String> drawn = ViewWords.kindsDrawnBy(representation);
		if (drawn.isEmpty()) {
			return; // unknown-representation says it
		}
		List<String> shown = drawn.stream().filter(kind -> shows(view, kind)).toList();
		if (shown.isEmpty()) {
			report(Rule.VIEW_SHOWS_NOTHING, "view " + name(view) + " shows nothing: " + representation + " draws "
					+ String.join(", ", drawn) + ", and its layers and filters leave out every one of them", view, MODEL.getView_Layers());
			return;
		}
		List<NamedElement> focus = view.getFocus().stream().filter(WholeEngine::resolved).map(NamedElement.class::cast).toList();
		if (!focus.isEmpty() && focus.size() == view.getFocus().size() && focus.stream().noneMatch(e -> shows(view, ViewWords.kindOf(e)))) {
			report(Rule.VIEW_SHOWS_NOTHING, "view " + name(view) + " shows nothing: it focuses on "
					+ focus.stream().map(e -> ViewWords.kindOf(e) + " " + e.getName()).collect(Collectors.joining(", "))
					+ ", which its layers and filters hide", view, MODEL.getView_Focus());
		}
	}

	/** Whether the view's layers and filters let elements of this kind through. */
	private static boolean shows(View view, String kind) {
		boolean inLayer = view.getLayers().isEmpty() || view.getLayers().contains(ViewWords.layerOfKind(kind));
		return inLayer && !view.getHiddenKinds().contains(kind);
	}

	private void unknownWords(View view, Rule rule, EStructuralFeature feature, List<String> written, List<String> known,
			String what, String list) {
		for (int i = 0; i < written.size(); i++) {
			String word = written.get(i);
			if (!known.contains(word)) {
				report(rule, "view " + name(view) + ": there is no " + what + " '" + word + "'" + Similarity.didYouMean(word, known)
						+ "; " + list + String.join(", ", known), view, feature, i, word);
			}
		}
	}
}
