package org.salesengine.cli.report;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.FindingCauses;
import org.salesengine.dsl.load.LoadedEngines;

/**
 * One line per root cause, in the format compilers use so editors and CI logs can link to it, then a summary. A cause
 * with several findings (seven plans paying on one KPI that supports no objective) gets one such line at its first
 * finding, naming the subject and the rule, and its findings indented below it, each with its place and message.
 */
public final class TextReport {
	private TextReport() {
	}

	public static void write(LoadedEngines loaded, PrintWriter out) {
		out.println(summary(loaded, writeCauses(loaded, out)));
	}

	/** One line per cause, its findings indented below it when it has several; returns the number of causes. */
	private static int writeCauses(LoadedEngines loaded, PrintWriter out) {
		List<List<Finding>> causes = FindingCauses.group(loaded.findings());
		for (List<Finding> cause : causes) {
			Finding first = cause.get(0);
			out.println(location(first) + ": " + first.severityLabel() + ": " + FindingCauses.headline(cause) + " [" + first.code() + "]");
			if (cause.size() > 1) {
				cause.forEach(instance -> out.println("  " + location(instance) + ": " + instance.message()));
			}
		}
		return causes.size();
	}

	/**
	 * The base's findings, then each scenario's beyond them marked with its name, a line that says what the
	 * scenarios were checked for, and the summary.
	 */
	public static void write(LoadedEngines loaded, List<ScenarioFinding> scenarios, List<String> scenarioNames,
			boolean beyondBase, PrintWriter out) {
		int causes = writeCauses(loaded, out);
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
		out.println(summary(loaded, causes));
	}

	public static String line(Finding finding) {
		return location(finding) + ": " + finding.severityLabel() + ": " + finding.message() + " [" + finding.code() + "]";
	}

	private static String location(Finding finding) {
		return finding.file() + ":" + finding.line() + ":" + finding.column();
	}

	static String summary(LoadedEngines loaded, int causes) {
		int files = loaded.files().size();
		String checked = files + (files == 1 ? " file" : " files") + " checked";
		if (loaded.findings().isEmpty()) {
			return checked + ": no problems";
		}
		String counts = checked + ": " + count(loaded.count(Severity.ERROR), "error") + ", "
				+ count(loaded.count(Severity.WARNING), "warning") + ", " + count(loaded.count(Severity.INFO), "info");
		return causes < loaded.findings().size() ? counts + " (" + count(causes, "cause") + ")" : counts;
	}

	private static String count(long n, String noun) {
		return n + " " + noun + (n == 1 || noun.equals("info") ? "" : "s");
	}
}
