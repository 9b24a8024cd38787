package org.salesengine.cli.diff;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.diff.ElementDiff;
import org.salesengine.analysis.diff.ElementDiff.PropertyDiff;
import org.salesengine.analysis.diff.EngineDiff;
import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.cli.scenario.Markdown;
import org.salesengine.dsl.load.Finding;

/**
 * The diff as a pull-request comment: per engine a summary line, the figures that moved and the findings introduced
 * and resolved (what a reviewer weighs first), then every element change in a collapsed {@code <details>} block.
 * GitHub refuses comments above 65,536 characters; the comment stops at {@link #MAX_CHARACTERS} with a note that
 * says how many lines were left out. Model text is escaped: a display name cannot inject HTML or break a table.
 */
public final class DiffMarkdown {
	public static final int MAX_CHARACTERS = 60_000;

	private DiffMarkdown() {
	}

	public static String write(String old, String now, List<EngineDiff> diffs, int maxCharacters) {
		List<String> lines = new ArrayList<>();
		lines.add("## Sales engine design diff");
		lines.add("");
		lines.add("`" + code(old) + "` → `" + code(now) + "`");
		for (EngineDiff diff : diffs) {
			lines.add("");
			lines.add("### " + Markdown.escape(DiffText.summary(diff)));
			List<ComparisonRow> moved = DiffText.movedFigures(diff);
			if (!moved.isEmpty()) {
				lines.add("");
				lines.add("| figure | old | new | Δ |");
				lines.add("| --- | ---: | ---: | ---: |");
				for (ComparisonRow row : moved) {
					lines.add(Markdown.row(List.of(Markdown.escape(row.label().trim()), Markdown.escape(row.cell(0)),
							Markdown.escape(row.cell(1)), Markdown.escape(row.delta(1)))));
				}
			} else if (diff.figures() != null) {
				lines.add("");
				lines.add("No figure moved.");
			}
			findings(lines, "Findings introduced", diff.introduced());
			findings(lines, "Findings resolved", diff.resolved());
			if (!diff.elements().isEmpty()) {
				lines.add("");
				lines.add("<details><summary>All element changes (" + diff.elements().size() + ")</summary>");
				lines.add("");
				lines.add("| change | element | property | old | new |");
				lines.add("| --- | --- | --- | --- | --- |");
				for (ElementDiff element : diff.elements()) {
					String name = Markdown.escape(element.type() + " " + DiffText.local(diff.engine(), element.element()));
					if (element.properties().isEmpty()) {
						String before = element.kind() == ElementDiff.Kind.RENAMED ? Markdown.escape(DiffText.local(diff.engine(), element.oldId())) : "";
						lines.add(Markdown.row(List.of(element.kind().label(), name, "", before, "")));
					}
					for (PropertyDiff property : element.properties()) {
						lines.add(Markdown.row(List.of(element.kind().label(), name, Markdown.escape(property.property()),
								Markdown.escape(property.before()), Markdown.escape(property.after()))));
					}
				}
				lines.add("");
				lines.add("</details>");
			}
		}
		return capped(lines, maxCharacters);
	}

	private static void findings(List<String> lines, String title, List<Finding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		lines.add("");
		lines.add("**" + title + " (" + findings.size() + ")**");
		lines.add("");
		// errors first: they are what blocks a rollout
		findings.stream().sorted(java.util.Comparator.comparingInt((Finding f) -> f.isError() ? 0 : 1))
				.forEach(f -> lines.add("- " + f.severityLabel() + " `" + code(f.code()) + "` " + Markdown.escape(f.message())
						+ " (" + Markdown.escape(f.file() + ":" + f.line()) + ")"));
	}

	/** Text for inside backticks: no backtick can end the span early. */
	private static String code(String text) {
		return text.replace('`', '\'').replace('\n', ' ');
	}

	/**
	 * The lines that fit in {@code max} characters, then a note; an open {@code <details>} block is closed so the
	 * comment still renders.
	 */
	public static String capped(List<String> lines, int max) {
		StringBuilder text = new StringBuilder();
		String closing = "\n</details>\n";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i) + "\n";
			int left = lines.size() - i;
			String note = "\n_… " + left + " more lines left out: the comment is capped at " + String.format("%,d", max)
					+ " characters; run `salesengine diff` for the whole list._\n";
			if (text.length() + line.length() + note.length() + closing.length() > max) {
				boolean open = text.lastIndexOf("<details>") > text.lastIndexOf("</details>");
				if (open) {
					text.append(closing);
				}
				text.append(note);
				return text.toString();
			}
			text.append(line);
		}
		return text.toString();
	}
}
