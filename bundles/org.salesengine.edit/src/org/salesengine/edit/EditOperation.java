package org.salesengine.edit;

/**
 * The operations of the workbench's palette, tables and diagrams, as data: what to change, by the names of the
 * engine's elements. Stages are named {@code Process.Stage} where the plain name is ambiguous; a measure is
 * {@code Plan.Kpi}.
 */
public sealed interface EditOperation {

	/**
	 * A new element of a kind in its pillar's section, named {@code name} (or, when that is taken or null, a fresh
	 * name from it or from the kind: Kpi1, Kpi2). Stages, outcomes and measures need their process or plan as
	 * {@code parent}; a measure's name is its KPI. {@code file} picks the file of a multi-file engine (null: the
	 * file that already holds the section, or the first file).
	 */
	record Create(ElementKind kind, String name, String parent, String displayName, String file) implements EditOperation {
	}

	/** A link of the engine map from one element to another; {@code weight} is a measure's weight (40%) or null. */
	record Connect(LinkType link, String source, String target, String weight) implements EditOperation {
	}

	record Disconnect(LinkType link, String source, String target) implements EditOperation {
	}

	/** A new name, written wherever the element is referred to, in every file of the engine. */
	record Rename(String element, String newName) implements EditOperation {
	}

	/**
	 * Removes the element and the references to it from lists; a reference that cannot be removed from a list is a
	 * {@link Breakage}, and the deletion is refused unless {@code force}, which removes those references' clauses
	 * (or a measure whose KPI it is).
	 */
	record Delete(String element, boolean force) implements EditOperation {
	}

	/** A property of an element (an edition table's cell), written in the language's form; null removes it. */
	record SetProperty(String element, String property, String value) implements EditOperation {
	}

	/**
	 * The scenario {@code name} with exactly these settings (docs/scenarios.md): a scenario of that name is replaced
	 * where it stands (its display name and its {@code set}s; its description and everything around it stay), else
	 * it is added at the end of the engine's scenarios section, which is made when no file has one (in {@code file},
	 * or the engine's first file). Each setting is checked as the validator checks a {@code set}: the element must
	 * have the property and the value its form.
	 */
	record PutScenario(String name, String displayName, java.util.List<Setting> settings, String file) implements EditOperation {
		public PutScenario {
			settings = java.util.List.copyOf(settings);
		}

		/**
		 * {@code set ELEMENT.PROPERTY VALUE}: the element as users write it ({@code NewBusiness.Lead}), the property as
		 * the scenario names it ({@code conversion}), the value as the language writes it ({@code 45%}, {@code 21 days},
		 * {@code + 4 on 2027-07-01} for a hire).
		 */
		public record Setting(String element, String property, String value) {
		}
	}
}
