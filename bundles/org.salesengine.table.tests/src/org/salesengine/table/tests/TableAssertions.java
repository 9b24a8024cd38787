package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.salesengine.dsl.load.Finding;
import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;

/** Reading tables the way the tests state their expectations: by labels, and marks by level and codes. */
final class TableAssertions {
	private TableAssertions() {
	}

	static List<String> rowLabels(Table table) {
		return table.rows().stream().map(TableRow::label).toList();
	}

	static List<String> columnLabels(Table table) {
		return table.columns().stream().map(TableColumn::label).toList();
	}

	/** The text of the cell in the row labelled {@code row} and the column labelled {@code column}. */
	static String text(Table table, String row, String column) {
		return cell(table, row, column).text();
	}

	static TableCell cell(Table table, String row, String column) {
		TableRow found = table.rows().stream().filter(r -> r.label().equals(row)).findFirst()
				.orElseThrow(() -> new AssertionError("no row " + row + " in " + rowLabels(table)));
		int index = columnLabels(table).indexOf(column);
		if (index < 0) {
			throw new AssertionError("no column " + column + " in " + columnLabels(table));
		}
		return found.cells().get(index);
	}

	/** "warning unmeasured-objective" or "none": the level and the codes of a mark. */
	static String describe(FindingMark mark) {
		return mark == null ? "none" : mark.level().label() + " " + String.join(",", mark.codes());
	}

	/**
	 * The mark an element should carry, from the findings themselves: the worst severity among the findings that
	 * name the element, and their codes, worst first, then in report order. Infos count; ignored findings do not.
	 */
	static String expectedMark(List<Finding> findings, String elementId) {
		List<Finding> about = new ArrayList<>(findings.stream().filter(f -> f.element().equals(elementId))
				.filter(f -> f.severity() != org.eclipse.xtext.diagnostics.Severity.IGNORE).toList());
		if (about.isEmpty()) {
			return "none";
		}
		about.sort(Comparator.comparingInt(f -> f.severity().ordinal()));
		String codes = about.stream().map(Finding::code).distinct().collect(Collectors.joining(","));
		return about.get(0).severityLabel() + " " + codes;
	}

	/** Every row and every element column of the table carries exactly the mark its element's findings call for. */
	static void assertHeaderMarksFollowFindings(Table table, List<Finding> findings) {
		for (TableRow row : table.rows()) {
			assertEquals(expectedMark(findings, row.id()), describe(row.mark()), "mark of row " + row.id());
		}
		for (TableColumn column : table.columns()) {
			Optional<String> element = column.elements().stream().findFirst();
			assertEquals(element.map(id -> expectedMark(findings, id)).orElse("none"), describe(column.mark()), "mark of column " + column.id());
		}
	}
}
