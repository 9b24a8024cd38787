package org.salesengine.report.sections;

import java.nio.file.Path;

import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.Html;
import org.salesengine.report.source.SourceHighlighter;

/** Chapter 7: every file of the engine, highlighted as in the workbench's editor, with line numbers. */
public final class AppendixSection {
	private AppendixSection() {
	}

	public static void write(Html out, ReportInput input) {
		out.paragraph("The engine as written, coloured by pillar as in the workbench: strategy blue, structure green, "
				+ "culture purple, KPIs and compensation brown; declarations in bold.");
		for (LoadedEngines.SourceFile file : input.files()) {
			out.heading(3, null, String.valueOf(Path.of(file.path().toString()).getFileName()));
			out.raw("<pre class=\"source\"><code>").raw(SourceHighlighter.html(file.resource(), SourceText.of(file)))
					.raw("</code></pre>\n");
		}
	}
}
