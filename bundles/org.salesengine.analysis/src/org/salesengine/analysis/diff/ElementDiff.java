package org.salesengine.analysis.diff;

import java.util.List;

/**
 * What happened to one element between two versions of an engine.
 *
 * @param kind       added, removed, changed or renamed
 * @param element    the element's id, {@code AcmeEmea.NewBusiness.Lead}; for a rename, the new id
 * @param type       "role", "stage", "measure"...
 * @param oldId      for a rename, the old id; otherwise the same as {@code element}
 * @param properties for a change, each property that differs, in the order of the element's class
 */
public record ElementDiff(Kind kind, String element, String type, String oldId, List<PropertyDiff> properties) {

	public enum Kind {
		ADDED("+"), REMOVED("-"), CHANGED("~"), RENAMED("→");

		private final String mark;

		Kind(String mark) {
			this.mark = mark;
		}

		public String mark() {
			return mark;
		}

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public ElementDiff {
		properties = List.copyOf(properties);
	}

	/** One property: its name and its values as the engine writes them ("(none)" when not set). */
	public record PropertyDiff(String property, String before, String after) {
	}
}
