package org.salesengine.cli.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.cli.analysis.TextTable;

/** The comparison for a terminal: what each scenario changes, then one aligned table with a Δ column per scenario. */
public final class ComparisonText {
	/** The width a scenario's changes are kept on one line within. */
	private static final int MAX_LINE = 120;
	private ComparisonText() {
	}

	public static void write(ScenarioComparison comparison, SimulationSettings simulation, PrintWriter out) {
		out.println(title(comparison, simulation));
		for (ScenarioEngine scenario : comparison.scenarios()) {
			if (!scenario.isBase()) {
				heading(scenario, out);
			}
		}
		out.println();
		List<String> header = new ArrayList<>();
		header.add("figure");
		for (int c = 0; c < comparison.scenarios().size(); c++) {
			header.add(comparison.columns().get(c));
			if (c > 0) {
				header.add("Δ");
			}
		}
		TextTable table = new TextTable("", header.toArray(String[]::new));
		for (ComparisonRow row : comparison.rows()) {
			if (row.kind() == ComparisonRow.Kind.TEXT && row.key().equals("biggest-shift")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			cells.add(row.label());
			for (int c = 0; c < comparison.scenarios().size(); c++) {
				cells.add(row.cell(c));
				if (c > 0) {
					cells.add(row.delta(c));
				}
			}
			table.row(cells.toArray(String[]::new));
		}
		table.print(out);
		ComparisonRow shift = comparison.row("biggest-shift");
		out.println();
		out.println("Biggest shift");
		for (int c = 0; c < comparison.scenarios().size(); c++) {
			out.println("  " + comparison.columns().get(c) + ": " + shift.cell(c));
		}
	}

	/**
	 * What the scenario changes, on its line where that fits a terminal; a longer list (calibrate's Observed sets a
	 * figure per stage) one change per line under the scenario's name, so each reads as a row.
	 */
	private static void heading(ScenarioEngine scenario, PrintWriter out) {
		String line = "  " + ScenarioText.heading(scenario).substring("Scenario ".length());
		if (line.length() <= MAX_LINE || scenario.changes().size() < 2) {
			out.println(line);
			return;
		}
		out.println("  " + ScenarioText.named(scenario) + ":" + ScenarioText.unchecked(scenario));
		scenario.changes().forEach(change -> out.println("    " + ScenarioText.change(change)));
	}

	static String title(ScenarioComparison comparison, SimulationSettings simulation) {
		int others = comparison.scenarios().size() - 1;
		// An engine without scenarios gets its figures alone, with where scenarios come from.
		String columns = others == 0 ? "base alone (no scenario to compare: a scenarios section writes them, docs/scenarios.md"
				: String.join(", ", comparison.columns()) + " (" + others + (others == 1 ? " scenario" : " scenarios") + " against the first column";
		return comparison.engine() + ": " + columns + "; amounts in "
				+ comparison.currency() + (simulation == null ? ")"
						: "; simulated pay: " + String.format("%,d", simulation.years()) + " years, seed " + simulation.seed()
								+ ", the same for every column)");
	}
}
