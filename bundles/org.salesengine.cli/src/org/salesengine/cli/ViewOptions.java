package org.salesengine.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.diagram.view.ViewSettings;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.NamedElement;
import org.salesengine.model.View;
import org.salesengine.model.engine.NamedElements;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Option;

/**
 * The options of {@code render} that make a view on the spot, in the words of the views section; given with
 * {@code --view}, they change the saved view for this run. Every word is checked, and a wrong one is a one-line
 * problem with "did you mean".
 */
public class ViewOptions {
	@Option(names = "--view", paramLabel = "NAME", description = "a saved view of the engine's views section; 'salesengine views' lists them")
	String view;

	@Option(names = "--focus", split = ",", paramLabel = "ELEMENT", description = "elements to centre on (Process.Stage where a stage name is ambiguous)")
	List<String> focus;

	@Option(names = "--depth", paramLabel = "N", description = "how many links from the focus an element may be (default 1)")
	Integer depth;

	@Option(names = "--show", split = ",", paramLabel = "LAYER", description = "layers to show: strategy, structure, culture, metrics, compensation")
	List<String> show;

	@Option(names = "--hide", split = ",", paramLabel = "KIND", description = "kinds of element to leave out: objective, segment, role, team, process, stage, outcome, behavior, ritual, kpi, plan, measure, spif")
	List<String> hide;

	@Option(names = "--color-by", paramLabel = "WHAT", description = "pillar (default), severity, signal or health")
	String colorBy;

	/** A problem with the words given, as one sentence, or null. */
	String wordProblem() {
		String problem = unknown(show, ViewWords.LAYERS, "layer");
		if (problem == null) {
			problem = unknown(hide, ViewWords.KINDS, "kind of element");
		}
		if (problem == null && colorBy != null) {
			problem = unknown(List.of(colorBy), ViewWords.COLOR_BY, "coloring");
		}
		int most = (int) Rule.FOCUS_DEPTH_OUT_OF_RANGE.parameter("most").fallback().low();
		if (problem == null && depth != null && (depth < 0 || depth > most)) {
			problem = "--depth " + depth + " is outside 0 to " + most;
		}
		return problem;
	}

	boolean adHoc() {
		return focus != null || depth != null || show != null || hide != null || colorBy != null;
	}

	/** The engine's saved view of that name, or null. */
	static View savedView(WholeEngine engine, String name) {
		return engine.views().stream().filter(v -> name.equals(v.getName())).findFirst().orElse(null);
	}

	static String noSuchView(List<WholeEngine> engines, String name) {
		List<String> names = engines.stream().flatMap(e -> e.views().stream()).map(View::getName).distinct().toList();
		return "no saved view '" + name + "'" + Similarity.didYouMean(name, names)
				+ (names.isEmpty() ? "; the engine has no views section" : "; the views are " + String.join(", ", names));
	}

	/**
	 * The settings for one engine: the saved view (or the whole engine) changed by the options given. Throws with a
	 * one-line message for a focus name the engine does not have.
	 */
	ViewSettings settings(WholeEngine engine, ViewSettings start) {
		ViewSettings settings = start;
		if (focus != null) {
			settings = settings.unsaved().withFocus(resolve(engine, focus), depth == null ? settings.depth() : depth);
		} else if (depth != null) {
			settings = settings.unsaved().withFocus(settings.focus(), depth);
		}
		if (show != null) {
			settings = settings.unsaved().withLayers(new LinkedHashSet<>(show));
		}
		if (hide != null) {
			settings = settings.unsaved().withHidden(new LinkedHashSet<>(hide));
		}
		if (colorBy != null) {
			settings = settings.unsaved().withColorBy(colorBy);
		}
		return view != null && settings != start ? settings.named(start.name(), start.title()) : settings;
	}

	private static List<EObject> resolve(WholeEngine engine, List<String> names) {
		List<NamedElement> candidates = elements(engine);
		List<EObject> result = new ArrayList<>();
		for (String name : names) {
			List<NamedElement> matches = candidates.stream().filter(e -> name.equals(e.getName()) || name.equals(NamedElements.scopedName(e))).toList();
			if (matches.size() > 1 && !name.contains(".")) {
				throw new IllegalArgumentException("'" + name + "' is ambiguous in engine " + engine.name() + ": write "
						+ String.join(" or ", matches.stream().map(NamedElements::scopedName).toList()));
			}
			if (matches.isEmpty()) {
				Set<String> known = new LinkedHashSet<>();
				candidates.forEach(e -> known.add(e.getName()));
				throw new IllegalArgumentException("no element '" + name + "' in engine " + engine.name() + Similarity.didYouMean(name, known));
			}
			result.add(matches.get(0));
		}
		return result;
	}

	/** Every named element of the engine a view may focus on: not the engine, not its views. */
	private static List<NamedElement> elements(WholeEngine engine) {
		return engine.fragments().stream().flatMap(fragment -> NamedElements.of(fragment).stream()).filter(e -> !(e instanceof View)).toList();
	}

	private static String unknown(List<String> words, List<String> known, String what) {
		if (words == null) {
			return null;
		}
		for (String word : words) {
			if (!known.contains(word)) {
				return "unknown " + what + " '" + word + "'" + Similarity.didYouMean(word, known) + "; choose from " + String.join(", ", known);
			}
		}
		return null;
	}
}
