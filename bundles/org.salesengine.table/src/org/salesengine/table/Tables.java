package org.salesengine.table;

import java.util.List;

import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.build.FindingMarks;
import org.salesengine.table.build.TableBuilders;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;

/**
 * The tables of an engine, ready to write: {@code Tables.build(kind, engine, findings)}, then
 * {@link org.salesengine.table.render.TextTableWriter}, {@link org.salesengine.table.render.CsvTableWriter} or
 * {@link org.salesengine.table.render.TableDrawing} (SVG and PNG). Findings mark the rows, columns and cells of the
 * elements they name; an engine with errors still gets its tables.
 */
public final class Tables {
	private Tables() {
	}

	public static Table build(TableKind kind, WholeEngine engine, List<Finding> findings) {
		return TableBuilders.build(kind, engine, FindingMarks.of(findings));
	}
}
