package org.salesengine.data.columns;

import java.util.List;

/**
 * A column a sheet may have: its key (as a mapping file names it), the header texts it is known by, whether it must be
 * there, and what it holds. The enums of columns (roster, plan sheet, CRM export) each keep a {@link Spec}.
 */
public interface ColumnName {
	/** What an enum constant of columns says about its column. */
	record Spec(String key, boolean required, String meaning, List<String> aliases) {
		public static Spec of(String key, boolean required, String meaning, String... aliases) {
			return new Spec(key, required, meaning, List.of(aliases));
		}
	}

	Spec spec();

	/** As a mapping file writes it: {@code headcount = Anzahl}. */
	default String key() {
		return spec().key();
	}

	/** The header texts recognised without a mapping, compared case-insensitively and ignoring spaces and punctuation. */
	default List<String> aliases() {
		return spec().aliases();
	}

	default boolean required() {
		return spec().required();
	}

	/** What the column holds, for the documentation and the message when a required one is missing. */
	default String meaning() {
		return spec().meaning();
	}
}
