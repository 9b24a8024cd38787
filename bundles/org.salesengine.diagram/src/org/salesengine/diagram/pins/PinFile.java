package org.salesengine.diagram.pins;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.view.ViewSettings;

/**
 * The manual positions of an engine's diagrams: per view (the engine map, each other diagram, each saved view), the
 * top-left corner of every box the user dragged, keyed by the element's qualified name ({@code AcmeEmea.AE}).
 * Immutable; every change returns a new pin file. {@link PinFileFormat} reads and writes it as text.
 */
public final class PinFile {
	public static final PinFile EMPTY = new PinFile(new TreeMap<>());

	/** Views in name order, then elements in id order: the order the text is written in, so that diffs stay small. */
	private final SortedMap<String, SortedMap<String, Point>> views;

	private PinFile(SortedMap<String, SortedMap<String, Point>> views) {
		this.views = views;
	}

	/**
	 * The name of a view in the pin file: {@code view NAME} for a saved view, else the diagram's name
	 * ({@code engine}, {@code pipeline}, {@code kpis}, {@code pay}). Toggles and a focus made on the spot keep the
	 * diagram's pins: the boxes they leave in stay where they were dragged.
	 */
	public static String viewOf(ViewSettings settings) {
		return settings.isSaved() ? VIEW_PREFIX + settings.name() : settings.representation();
	}

	static final String VIEW_PREFIX = "view ";

	/** The pins of one view ({@link #viewOf}): element id to top-left corner. Empty when the view has none. */
	public Map<String, Point> pins(String view) {
		SortedMap<String, Point> pins = views.get(view);
		return pins == null ? Map.of() : Collections.unmodifiableMap(pins);
	}

	/** The views that have pins, in name order. */
	public java.util.Set<String> views() {
		return Collections.unmodifiableSet(views.keySet());
	}

	public boolean isEmpty() {
		return views.isEmpty();
	}

	/** Pins the element at {@code where} in the view, replacing its earlier pin there. */
	public PinFile with(String view, String elementId, Point where) {
		SortedMap<String, SortedMap<String, Point>> copy = copy();
		copy.computeIfAbsent(view, v -> new TreeMap<>()).put(elementId, where);
		return new PinFile(copy);
	}

	/** "Arrange all": the view without any pin. */
	public PinFile cleared(String view) {
		SortedMap<String, SortedMap<String, Point>> copy = copy();
		copy.remove(view);
		return new PinFile(copy);
	}

	/**
	 * Every view's pins after elements changed ids: {@code newId} maps an id to its new one, to itself when the element
	 * is unchanged, or to null when the element is gone (its pins are dropped).
	 */
	public PinFile renamed(UnaryOperator<String> newId) {
		SortedMap<String, SortedMap<String, Point>> copy = new TreeMap<>();
		for (Map.Entry<String, SortedMap<String, Point>> view : views.entrySet()) {
			SortedMap<String, Point> pins = new TreeMap<>();
			for (Map.Entry<String, Point> pin : view.getValue().entrySet()) {
				String id = newId.apply(pin.getKey());
				if (id != null) {
					pins.put(id, pin.getValue());
				}
			}
			if (!pins.isEmpty()) {
				copy.put(view.getKey(), pins);
			}
		}
		return new PinFile(copy);
	}

	private SortedMap<String, SortedMap<String, Point>> copy() {
		SortedMap<String, SortedMap<String, Point>> copy = new TreeMap<>();
		views.forEach((view, pins) -> copy.put(view, new TreeMap<>(pins)));
		return copy;
	}

	/** Built by the reader, which has checked every line. */
	static PinFile of(SortedMap<String, SortedMap<String, Point>> views) {
		SortedMap<String, SortedMap<String, Point>> copy = new TreeMap<>();
		views.forEach((view, pins) -> {
			if (!pins.isEmpty()) {
				copy.put(view, new TreeMap<>(pins));
			}
		});
		return new PinFile(copy);
	}

	SortedMap<String, SortedMap<String, Point>> all() {
		return Collections.unmodifiableSortedMap(views);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PinFile file && file.views.equals(views);
	}

	@Override
	public int hashCode() {
		return views.hashCode();
	}

	@Override
	public String toString() {
		return PinFileFormat.write(this, "");
	}
}
