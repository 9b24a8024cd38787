package org.salesengine.data.columns;

import java.util.List;

/** A column a sheet may have: its key (as a mapping file names it), the header texts it is known by, and whether it must be there. */
public interface ColumnName {
	/** As a mapping file writes it: {@code headcount = Anzahl}. */
	String key();

	/** The header texts recognised without a mapping, compared case-insensitively and ignoring spaces and punctuation. */
	List<String> aliases();

	boolean required();

	/** What the column holds, for the documentation and the message when a required one is missing. */
	String meaning();
}
