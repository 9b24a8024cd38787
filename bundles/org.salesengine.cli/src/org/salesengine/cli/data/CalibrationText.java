package org.salesengine.cli.data;

import java.io.PrintWriter;
import java.util.List;

import org.salesengine.cli.analysis.TextTable;
import org.salesengine.cli.report.TextReport;
import org.salesengine.data.calibration.Calibration;
import org.salesengine.data.calibration.CalibrationFindings;
import org.salesengine.data.calibration.Figure;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.Amounts;

/** The text report of {@code calibrate}: what was read, a table of figures per process, then the findings. */
final class CalibrationText {
	private CalibrationText() {
	}

	static void write(Calibration.Result result, List<Finding> findings, PrintWriter out) {
		out.println(result.engine().name() + " against " + result.export() + ": " + count(result.rows(), "row") + read(result));
		for (Calibration.ProcessResult process : result.processes()) {
			out.println();
			out.println("process " + process.process().getName() + ": " + count(process.opportunities(), "opportunity") + " ("
					+ Amounts.grouped(process.won(), 0) + " won, " + Amounts.grouped(process.lost(), 0) + " lost, "
					+ Amounts.grouped(process.open(), 0) + " open"
					+ (process.lostAtUnknownStage() > 0 ? "; " + Amounts.grouped(process.lostAtUnknownStage(), 0) + " lost at a stage the export does not say" : "") + ")");
			TextTable table = new TextTable("  ", "figure", "declared", "observed", "n", "90% interval").left(4);
			for (Figure figure : process.figures()) {
				table.row(figure.name(), CalibrationFindings.value(figure, figure.declared()), CalibrationFindings.value(figure, figure.observed()),
						Amounts.grouped(figure.sample(), 0), figure.interval() == null ? "-"
								: CalibrationFindings.value(figure, figure.interval().low()) + " to " + CalibrationFindings.value(figure, figure.interval().high())
										+ (figure.optimistic() ? "  optimistic" : ""));
			}
			table.print(out);
		}
		out.println();
		findings.forEach(finding -> out.println(TextReport.line(finding)));
		long warnings = findings.stream().filter(f -> f.severityLabel().equals("warning")).count();
		long errors = findings.stream().filter(Finding::isError).count();
		long infos = findings.size() - warnings - errors;
		out.println(findings.isEmpty() ? "calibrated: the design is within what the data shows"
				: "calibrated: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
						+ infos + " info");
	}

	private static String read(Calibration.Result result) {
		StringBuilder read = new StringBuilder();
		if (result.skipped() > 0) {
			read.append(", ").append(Amounts.grouped(result.skipped(), 0)).append(" skipped (unreadable)");
		}
		if (result.since() != null) {
			read.append(", ").append(Amounts.grouped(result.beforeSince(), 0)).append(" created before ").append(result.since());
		}
		if (result.unmatched() > 0) {
			read.append(", ").append(Amounts.grouped(result.unmatched(), 0)).append(" matched no process");
		}
		return read.toString();
	}

	private static String count(long n, String noun) {
		String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
		return Amounts.grouped(n, 0) + " " + (n == 1 ? noun : plural);
	}
}
