package org.salesengine.lsp;

import java.util.List;

import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.model.TableScenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * A table as {@code salesengine/table} answers it: its title, its columns, and per row the element it stands for and
 * one cell text per column (the text of {@code salesengine table --format text}), with the findings marked on the row
 * and on the cells. Element ids ({@code ElementIds.of}) let a client navigate from a row or cell to its element.
 */
final class TableRows {
	private TableRows() {
	}

	static JsonObject json(Table table) {
		JsonObject json = new JsonObject();
		json.addProperty("table", table.kind().cliName());
		json.addProperty("engine", table.engineName());
		json.addProperty("title", table.title());
		json.addProperty("subtitle", table.subtitle());
		JsonArray columns = new JsonArray();
		for (TableColumn column : table.columns()) {
			JsonObject columnJson = new JsonObject();
			columnJson.addProperty("id", column.id());
			columnJson.addProperty("label", column.label());
			columnJson.add("elements", strings(column.elements()));
			columnJson.add("mark", mark(column.mark()));
			columns.add(columnJson);
		}
		json.add("columns", columns);
		JsonArray rows = new JsonArray();
		for (TableRow row : table.rows()) {
			JsonObject rowJson = new JsonObject();
			rowJson.addProperty("id", row.id());
			rowJson.addProperty("label", row.label());
			rowJson.addProperty("detail", row.detail());
			rowJson.add("mark", mark(row.mark()));
			JsonArray cells = new JsonArray();
			JsonArray cellMarks = new JsonArray();
			for (TableCell cell : row.cells()) {
				cells.add(cell.text());
				cellMarks.add(mark(cell.mark()));
			}
			rowJson.add("cells", cells);
			rowJson.add("cellMarks", cellMarks);
			rows.add(rowJson);
		}
		json.add("rows", rows);
		if (table.scenario() != null) {
			json.add("scenario", scenario(table.scenario()));
		}
		return json;
	}

	/**
	 * {@code {name, cells: [{row, column, marker, changes}], elsewhere}}: the cells the scenario changed (row and
	 * column ids, "Δ1", "BDR.headcount 12 → 14") and the changes no cell shows.
	 */
	private static JsonObject scenario(TableScenario scenario) {
		JsonObject json = new JsonObject();
		json.addProperty("name", scenario.name());
		JsonArray cells = new JsonArray();
		for (TableScenario.ChangedCell cell : scenario.cells()) {
			JsonObject cellJson = new JsonObject();
			cellJson.addProperty("row", cell.rowId());
			cellJson.addProperty("column", cell.columnId());
			cellJson.addProperty("marker", cell.marker());
			cellJson.add("changes", strings(cell.changes()));
			cells.add(cellJson);
		}
		json.add("cells", cells);
		json.add("elsewhere", strings(scenario.elsewhere()));
		return json;
	}

	/** The findings' codes and lines as check prints them, worst first; null where there are none. */
	private static com.google.gson.JsonElement mark(FindingMark mark) {
		if (mark == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject json = new JsonObject();
		json.addProperty("level", mark.level().label());
		json.add("codes", strings(mark.codes()));
		json.add("findings", strings(mark.entries().stream().map(FindingMark.Entry::line).toList()));
		return json;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
