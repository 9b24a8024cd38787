package org.salesengine.diagram.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.build.EngineLinks;
import org.salesengine.model.Measure;
import org.salesengine.model.Outcome;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.model.engine.WholeEngine;

/**
 * Decides, for each element a representation would draw, whether a view shows it, and if not why. Layers and
 * filters come first; then the focus: an element is shown when a path of at most {@code depth} links joins it to a
 * focused element through shown elements only, following every link of the engine map, a process's stage chain and
 * outcomes, and the tie of a part (stage, outcome, measure) to its whole. A part is as near as its whole, so a
 * process in reach brings its stages into the pipeline. The filter also counts what it left out, for the note that
 * keeps a view from lying by omission.
 */
public final class ViewFilter {
	/** Why an element is not shown, in the order the note lists them. */
	public enum Reason {
		HIDDEN_LAYER("in hidden layers"), HIDDEN_KIND("of hidden kinds"), BEYOND_DEPTH("beyond depth"),
		THROUGH_HIDDEN("reached only through hidden elements");

		private final String phrase;

		Reason(String phrase) {
			this.phrase = phrase;
		}
	}

	public static final ViewFilter NONE = new ViewFilter(ViewSettings.NONE, Map.of(), Map.of());

	private final ViewSettings settings;
	/** Links from the focus to each element it reaches through shown elements, and through any element. */
	private final Map<EObject, Integer> openDistance;
	private final Map<EObject, Integer> anyDistance;
	private final Map<EObject, Reason> leftOut = new IdentityHashMap<>();

	private ViewFilter(ViewSettings settings, Map<EObject, Integer> openDistance, Map<EObject, Integer> anyDistance) {
		this.settings = settings;
		this.openDistance = openDistance;
		this.anyDistance = anyDistance;
	}

	public static ViewFilter of(ViewSettings settings, WholeEngine engine) {
		if (settings.focus().isEmpty()) {
			return new ViewFilter(settings, Map.of(), Map.of());
		}
		Map<EObject, List<EObject>> links = neighbours(engine);
		ViewFilter draft = new ViewFilter(settings, Map.of(), Map.of());
		Map<EObject, Integer> open = distances(settings.focus(), links, settings.depth(), e -> draft.filteredOut(e) == null);
		Map<EObject, Integer> any = distances(settings.focus(), links, settings.depth(), e -> true);
		return new ViewFilter(settings, open, any);
	}

	public ViewSettings settings() {
		return settings;
	}

	/** Null when the element is shown, else why not; records the answer for {@link #note()}. */
	public Reason leftOut(EObject element) {
		Reason reason = reason(element);
		if (reason != null) {
			leftOut.put(element, reason);
		}
		return reason;
	}

	/** Null when the element is shown, else why not, without counting it. */
	public Reason reason(EObject element) {
		Reason filtered = filteredOut(element);
		if (filtered != null || settings.focus().isEmpty()) {
			return filtered;
		}
		if (nearest(element, openDistance) <= settings.depth()) {
			return null;
		}
		return nearest(element, anyDistance) <= settings.depth() ? Reason.THROUGH_HIDDEN : Reason.BEYOND_DEPTH;
	}

	/** How many elements were left out for each reason, in the note's order. */
	public Map<Reason, Integer> leftOutCounts() {
		Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
		leftOut.values().forEach(reason -> counts.merge(reason, 1, Integer::sum));
		return counts;
	}

	public int leftOutCount() {
		return leftOut.size();
	}

	/** "leaves out 14 elements: 6 of hidden kinds, 8 beyond depth 2", or null when the view left nothing out. */
	public String note() {
		if (leftOut.isEmpty()) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		leftOutCounts().forEach((reason, count) -> parts.add(count + " " + reason.phrase + (reason == Reason.BEYOND_DEPTH ? " " + settings.depth() : "")));
		int total = leftOut.size();
		return "leaves out " + total + " element" + (total == 1 ? "" : "s") + ": " + String.join(", ", parts);
	}

	/** Layers and filters: an element's own kind and section, and those of the whole it is a part of. */
	private Reason filteredOut(EObject element) {
		EObject whole = wholeOf(element);
		for (EObject each : whole == null ? List.of(element) : List.of(element, whole)) {
			String layer = ViewWords.layerOf(each);
			if (layer != null && !settings.showsLayer(layer)) {
				return Reason.HIDDEN_LAYER;
			}
		}
		for (EObject each : whole == null ? List.of(element) : List.of(element, whole)) {
			if (settings.hidden().contains(ViewWords.kindOf(each))) {
				return Reason.HIDDEN_KIND;
			}
		}
		return null;
	}

	private static int nearest(EObject element, Map<EObject, Integer> distances) {
		int own = distances.getOrDefault(element, Integer.MAX_VALUE);
		EObject whole = wholeOf(element);
		return whole == null ? own : Math.min(own, distances.getOrDefault(whole, Integer.MAX_VALUE));
	}

	/** The process of a stage or outcome, the plan of a measure; null for anything else. */
	static EObject wholeOf(EObject element) {
		if ((element instanceof Stage || element instanceof Outcome) && element.eContainer() instanceof SalesProcess process) {
			return process;
		}
		if (element instanceof Measure && element.eContainer() instanceof Plan plan) {
			return plan;
		}
		return null;
	}

	/** Breadth first from the focus, entering only elements that pass, up to the depth. */
	private static Map<EObject, Integer> distances(List<EObject> focus, Map<EObject, List<EObject>> links, int depth,
			Predicate<EObject> passes) {
		Map<EObject, Integer> distance = new IdentityHashMap<>();
		Deque<EObject> queue = new ArrayDeque<>();
		for (EObject start : focus) {
			if (passes.test(start) && distance.putIfAbsent(start, 0) == null) {
				queue.add(start);
			}
		}
		while (!queue.isEmpty()) {
			EObject current = queue.poll();
			int next = distance.get(current) + 1;
			if (next > depth) {
				continue;
			}
			for (EObject neighbour : links.getOrDefault(current, List.of())) {
				if (!distance.containsKey(neighbour) && passes.test(neighbour)) {
					distance.put(neighbour, next);
					queue.add(neighbour);
				}
			}
		}
		return distance;
	}

	/** Every link of the engine map, the pipeline's links and the part-of ties, as an undirected graph. */
	static Map<EObject, List<EObject>> neighbours(WholeEngine engine) {
		Map<EObject, List<EObject>> links = new IdentityHashMap<>();
		EngineLinks.forEach(engine, (kind, from, to, measure) -> {
			connect(links, from, to);
			if (measure != null) {
				connect(links, measure, to);
			}
		});
		for (SalesProcess process : engine.processes()) {
			Stage previous = null;
			for (Stage stage : process.getStages()) {
				connect(links, stage, process);
				if (previous != null) {
					connect(links, previous, stage);
				}
				previous = stage;
			}
			for (Outcome outcome : java.util.Arrays.asList(process.getWon(), process.getLost())) {
				if (outcome != null) {
					connect(links, outcome, process);
					if (previous != null) {
						connect(links, previous, outcome);
					}
				}
			}
		}
		for (Plan plan : engine.plans()) {
			plan.getMeasures().forEach(measure -> connect(links, measure, plan));
		}
		return links;
	}

	private static void connect(Map<EObject, List<EObject>> links, EObject a, EObject b) {
		if (!WholeEngine.resolved(a) || !WholeEngine.resolved(b) || a == b) {
			return;
		}
		links.computeIfAbsent(a, k -> new ArrayList<>(4)).add(b);
		links.computeIfAbsent(b, k -> new ArrayList<>(4)).add(a);
	}

	/** For tests and tools: the elements within reach of the focus through shown elements, nearest first. */
	public Set<EObject> reached() {
		return java.util.Collections.unmodifiableSet(openDistance.keySet());
	}
}
