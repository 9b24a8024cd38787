package org.salesengine.diagram.view;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.ViewWords;

/**
 * The lines a view adds under a diagram's or table's title: which view, what it keeps, and what it leaves out, so a
 * reader of the picture always knows it is a cut of the engine and not all of it.
 */
public final class ViewHeading {
	private ViewHeading() {
	}

	/** "view AeLineOfSight · What an AE is asked...", "focus AE, depth 2 · shows ... · hides ...", "leaves out ..." */
	public static List<String> lines(ViewFilter filter) {
		ViewSettings settings = filter.settings();
		List<String> lines = new ArrayList<>();
		if (settings.isSaved()) {
			lines.add("view " + settings.name() + (settings.title().isEmpty() ? "" : " · " + settings.title()));
		}
		String what = describe(settings);
		if (!what.isEmpty()) {
			lines.add(what);
		}
		String note = filter.note();
		if (note != null) {
			lines.add(note);
		}
		return lines;
	}

	/** What the settings keep, in the words of the views section; empty when they keep everything, by pillar. */
	public static String describe(ViewSettings settings) {
		List<String> parts = new ArrayList<>();
		if (!settings.focus().isEmpty()) {
			parts.add("focus " + settings.focus().stream().map(ViewHeading::name).collect(Collectors.joining(", ")) + ", depth "
					+ settings.depth());
		}
		if (!settings.layers().isEmpty() && !settings.layers().containsAll(ViewWords.LAYERS)) {
			parts.add("shows " + ViewWords.LAYERS.stream().filter(settings.layers()::contains).collect(Collectors.joining(", ")));
		}
		if (!settings.hidden().isEmpty()) {
			parts.add("hides " + ViewWords.KINDS.stream().filter(settings.hidden()::contains).collect(Collectors.joining(", ")));
		}
		if (!ViewWords.DEFAULT_COLOR_BY.equals(settings.colorBy())) {
			parts.add("coloured by " + settings.colorBy());
		}
		return String.join(" · ", parts);
	}

	/** The classes a diagram of the view carries: {@code view view-AeLineOfSight color-by-severity}. */
	public static List<String> classes(ViewSettings settings, Colouring colouring) {
		List<String> classes = new ArrayList<>();
		if (!settings.isSaved() && settings.showsAll() && Colouring.PILLAR.equals(colouring.by())) {
			return classes; // no view: the diagram as it always was
		}
		if (settings.isSaved()) {
			classes.add("view");
			classes.add("view-" + settings.name());
		}
		classes.add("color-by-" + colouring.by());
		return classes;
	}

	/** How a focused element is written in a view: its name, Plan.Kpi for a measure. */
	public static String name(EObject element) {
		if (element instanceof NamedElement named && named.getName() != null) {
			return named.getName();
		}
		String id = ElementIds.of(element);
		return id.substring(id.indexOf('.') + 1);
	}
}
