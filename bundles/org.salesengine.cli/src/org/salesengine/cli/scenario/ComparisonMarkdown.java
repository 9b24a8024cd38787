package org.salesengine.cli.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.simulation.SimulationSettings;

/** The comparison as a Markdown table, for a pull request, a wiki or a slide's notes. */
public final class ComparisonMarkdown {
	private ComparisonMarkdown() {
	}

	public static void write(ScenarioComparison comparison, SimulationSettings simulation, PrintWriter out) {
		out.println("### Scenarios of " + Markdown.escape(comparison.engine()));
		out.println();
		out.println(Markdown.escape(ComparisonText.title(comparison, simulation)));
		out.println();
		for (ScenarioEngine scenario : comparison.scenarios()) {
			if (!scenario.isBase()) {
				out.println("- " + Markdown.escape(ScenarioText.heading(scenario).substring("Scenario ".length())));
			}
		}
		out.println();
		out.println(table(comparison));
	}

	/** | figure | base | MoreSdrs | Δ MoreSdrs | ... */
	static String table(ScenarioComparison comparison) {
		List<String> header = new ArrayList<>();
		header.add("figure");
		for (int c = 0; c < comparison.scenarios().size(); c++) {
			header.add(Markdown.escape(comparison.columns().get(c)));
			if (c > 0) {
				header.add("Δ " + Markdown.escape(comparison.columns().get(c)));
			}
		}
		StringBuilder text = new StringBuilder();
		text.append(Markdown.row(header)).append('\n');
		List<String> rule = new ArrayList<>();
		rule.add("---");
		for (int i = 1; i < header.size(); i++) {
			rule.add("---:");
		}
		text.append(Markdown.row(rule)).append('\n');
		for (ComparisonRow row : comparison.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(Markdown.escape(row.label().trim()));
			for (int c = 0; c < comparison.scenarios().size(); c++) {
				cells.add(Markdown.escape(row.cell(c)));
				if (c > 0) {
					cells.add(Markdown.escape(row.delta(c)));
				}
			}
			text.append(Markdown.row(cells)).append('\n');
		}
		return text.toString();
	}
}
