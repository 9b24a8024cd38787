package org.salesengine.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;

/** One line per finding, in the format compilers use so editors and CI logs can link to it, then a summary. */
public final class TextReport {
	private TextReport() {
	}

	public static void write(LoadedEngines loaded, PrintWriter out) {
		for (Finding finding : loaded.findings()) {
			out.println(line(finding));
		}
		out.println(summary(loaded));
	}

	/**
	 * The base's findings, then each scenario's beyond them marked with its name, a line that says what the
	 * scenarios were checked for, and the summary.
	 */
	public static void write(LoadedEngines loaded, List<ScenarioFinding> scenarios, List<String> scenarioNames,
			boolean beyondBase, PrintWriter out) {
		for (Finding finding : loaded.findings()) {
			out.println(line(finding));
		}
		for (ScenarioFinding marked : scenarios) {
			out.println("[" + marked.scenario() + "] " + line(marked.finding()));
		}
		if (!scenarioNames.isEmpty()) {
			String counted = scenarios.isEmpty() ? (beyondBase ? "no findings beyond the base" : "no problems")
					: count(scenarios.stream().filter(s -> s.finding().severity() == Severity.ERROR).count(), "error") + ", "
							+ count(scenarios.stream().filter(s -> s.finding().severity() == Severity.WARNING).count(), "warning") + ", "
							+ count(scenarios.stream().filter(s -> s.finding().severity() == Severity.INFO).count(), "info")
							+ (beyondBase ? " beyond the base" : "");
			out.println(scenarioNames.size() + (scenarioNames.size() == 1 ? " scenario" : " scenarios") + " checked ("
					+ String.join(", ", scenarioNames) + "): " + counted);
		}
		// The summary stays the last line, as for a check without scenarios.
		out.println(summary(loaded));
	}

	public static String line(Finding finding) {
		return finding.file() + ":" + finding.line() + ":" + finding.column() + ": " + finding.severityLabel() + ": "
				+ finding.message() + " [" + finding.code() + "]";
	}

	static String summary(LoadedEngines loaded) {
		int files = loaded.files().size();
		String checked = files + (files == 1 ? " file" : " files") + " checked";
		if (loaded.findings().isEmpty()) {
			return checked + ": no problems";
		}
		return checked + ": " + count(loaded.count(Severity.ERROR), "error") + ", "
				+ count(loaded.count(Severity.WARNING), "warning") + ", " + count(loaded.count(Severity.INFO), "info");
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
	}
}
