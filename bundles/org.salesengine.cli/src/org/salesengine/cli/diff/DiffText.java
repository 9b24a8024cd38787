package org.salesengine.cli.diff;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.analysis.diff.ElementDiff;
import org.salesengine.analysis.diff.ElementDiff.Kind;
import org.salesengine.analysis.diff.ElementDiff.PropertyDiff;
import org.salesengine.analysis.diff.EngineDiff;
import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.cli.analysis.TextTable;
import org.salesengine.cli.report.TextReport;
import org.salesengine.dsl.load.Finding;

/** The diff for a terminal: per engine, the element changes, the findings, then the figures that moved. */
public final class DiffText {
	private static final String BIGGEST_SHIFT = "biggest-shift";
	private DiffText() {
	}

	public static void write(String old, String now, List<EngineDiff> diffs, PrintWriter out) {
		out.println("Design diff: " + old + " → " + now);
		if (diffs.isEmpty()) {
			out.println("No engine on either side.");
		}
		for (EngineDiff diff : diffs) {
			out.println();
			out.println(summary(diff));
			for (ElementDiff element : diff.elements()) {
				out.println("  " + line(diff.engine(), element));
				for (PropertyDiff property : element.properties()) {
					out.println("      " + property.property() + ": " + property.before() + " → " + property.after());
				}
			}
			if (!diff.introduced().isEmpty()) {
				out.println("  Findings introduced");
				diff.introduced().forEach(f -> out.println("    + " + TextReport.line(f)));
			}
			if (!diff.resolved().isEmpty()) {
				out.println("  Findings resolved");
				diff.resolved().forEach(f -> out.println("    - " + TextReport.line(f)));
			}
			List<ComparisonRow> moved = movedFigures(diff);
			if (!moved.isEmpty()) {
				out.println("  Figures that moved (" + diff.figures().currency() + ")");
				// The biggest shift is a sentence: under the table, old and new, so that it does not stretch the columns.
				List<ComparisonRow> numbers = moved.stream().filter(row -> !row.key().equals(BIGGEST_SHIFT)).toList();
				if (!numbers.isEmpty()) {
					TextTable table = new TextTable("    ", "figure", "old", "new", "Δ");
					numbers.forEach(row -> table.row(row.label().trim(), row.cell(0), row.cell(1), row.delta(1)));
					table.print(out);
				}
				moved.stream().filter(row -> row.key().equals(BIGGEST_SHIFT)).forEach(row -> {
					out.println("    biggest shift, old: " + row.cell(0));
					out.println("    biggest shift, new: " + row.cell(1));
				});
			} else if (diff.figures() != null) {
				out.println("  No figure moved.");
			}
		}
	}

	/** "Engine AcmeEmea: 1 added, 1 removed, 0 renamed, 2 changed; findings: 1 introduced, 0 resolved" */
	public static String summary(EngineDiff diff) {
		String side = diff.oldEngine() == null ? " (new)" : diff.newEngine() == null ? " (removed)" : "";
		return "Engine " + diff.engine() + side + ": " + diff.count(Kind.ADDED) + " added, " + diff.count(Kind.REMOVED)
				+ " removed, " + diff.count(Kind.RENAMED) + " renamed, " + diff.count(Kind.CHANGED) + " changed; findings: "
				+ diff.introduced().size() + " introduced, " + diff.resolved().size() + " resolved";
	}

	/** "+ role CSM", "→ role AE renamed AccountExec", "~ stage NewBusiness.Lead" */
	public static String line(String engine, ElementDiff element) {
		String name = local(engine, element.element());
		if (element.kind() == Kind.RENAMED) {
			return element.kind().mark() + " " + element.type() + " " + local(engine, element.oldId()) + " renamed " + name;
		}
		return element.kind().mark() + " " + element.type() + " " + name;
	}

	static String local(String engine, String id) {
		return id.startsWith(engine + ".") ? id.substring(engine.length() + 1) : id;
	}

	/** The figures whose old and new differ, in the comparison's order. */
	static List<ComparisonRow> movedFigures(EngineDiff diff) {
		if (diff.figures() == null) {
			return List.of();
		}
		return diff.figures().rows().stream().filter(r -> !java.util.Objects.equals(r.values().get(0), r.values().get(1))).toList();
	}

	static String finding(Finding f) {
		return TextReport.line(f);
	}
}
