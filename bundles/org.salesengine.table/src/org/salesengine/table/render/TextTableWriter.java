package org.salesengine.table.render;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.model.TableScenario;

/**
 * A table as aligned columns for a terminal: title and description, the heading row, one line per row, then the
 * numbered findings. A header or cell with findings ends in {@code [n]}, the number of its note. Columns are as wide
 * as their widest entry and two spaces apart; lines carry no trailing spaces.
 */
public final class TextTableWriter {
	private static final String GAP = "  ";

	private TextTableWriter() {
	}

	public static String write(Table table) {
		MarkNumbers numbers = MarkNumbers.of(table);
		List<String[]> lines = new ArrayList<>();
		String[] heading = new String[table.columns().size() + 2];
		heading[0] = table.kind().rowHeading();
		heading[1] = "display name";
		for (int c = 0; c < table.columns().size(); c++) {
			TableColumn column = table.columns().get(c);
			heading[c + 2] = numbered(column.label(), numbers.column(c));
		}
		lines.add(heading);
		for (int r = 0; r < table.rows().size(); r++) {
			TableRow row = table.rows().get(r);
			String[] line = new String[heading.length];
			line[0] = numbered(row.label(), numbers.row(r));
			line[1] = oneLine(row.detail());
			for (int c = 0; c < table.columns().size(); c++) {
				line[c + 2] = changed(numbered(oneLine(row.cells().get(c).text()), numbers.cell(r, c)), table, row, c);
			}
			lines.add(line);
		}
		StringBuilder out = new StringBuilder();
		out.append(table.title()).append('\n').append(table.subtitle()).append("\n\n");
		aligned(lines, out);
		if (!numbers.notes().isEmpty()) {
			out.append("\nFindings\n");
			for (MarkNumbers.Note note : numbers.notes()) {
				String label = "  [" + note.number() + "] ";
				List<FindingMark.Entry> entries = note.mark().entries();
				for (int i = 0; i < entries.size(); i++) {
					out.append(i == 0 ? label + note.where() + ": " : " ".repeat(label.length() + 2)).append(entries.get(i).line()).append('\n');
				}
			}
		}
		if (table.scenario() != null) {
			scenario(table.scenario(), out);
		}
		return out.toString();
	}

	/** A cell the scenario changed ends in its marker, "14 Δ1", which points to its line under the grid. */
	private static String changed(String text, Table table, TableRow row, int column) {
		if (table.scenario() == null) {
			return text;
		}
		return table.scenario().cell(row.id(), table.columns().get(column).id())
				.map(cell -> (text.isEmpty() ? "" : text + " ") + cell.marker()).orElse(text);
	}

	private static void scenario(TableScenario scenario, StringBuilder out) {
		out.append('\n').append(scenario.legend()).append('\n');
		for (TableScenario.ChangedCell cell : scenario.cells()) {
			String label = "  " + cell.marker() + " ";
			for (int i = 0; i < cell.changes().size(); i++) {
				out.append(i == 0 ? label + cell.where() + ": " : " ".repeat(label.length() + 2)).append(cell.changes().get(i)).append('\n');
			}
		}
		scenario.elsewhereLine().ifPresent(line -> out.append("  ").append(line).append('\n'));
	}

	private static void aligned(List<String[]> lines, StringBuilder out) {
		int[] widths = new int[lines.get(0).length];
		for (String[] line : lines) {
			for (int c = 0; c < line.length; c++) {
				widths[c] = Math.max(widths[c], width(line[c]));
			}
		}
		for (String[] line : lines) {
			StringBuilder text = new StringBuilder();
			for (int c = 0; c < line.length; c++) {
				text.append(c == 0 ? "" : GAP).append(line[c]).append(" ".repeat(widths[c] - width(line[c])));
			}
			out.append(text.toString().stripTrailing()).append('\n');
		}
	}

	/** Characters, not UTF-16 units: names in any script line up as long as the terminal gives each one cell. */
	private static int width(String text) {
		return text.codePointCount(0, text.length());
	}

	private static String numbered(String text, int number) {
		return number == 0 ? text : (text.isEmpty() ? "" : text + " ") + "[" + number + "]";
	}

	/** A display name or exit criterion may hold line breaks; a terminal row may not. */
	static String oneLine(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}
}
