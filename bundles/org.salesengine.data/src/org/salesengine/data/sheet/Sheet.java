package org.salesengine.data.sheet;

import java.util.List;

/** A table read from a file: its header row and the rows under it (blank rows left out). */
public record Sheet(String file, List<String> header, List<Row> rows) {
	public Sheet {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}
}
