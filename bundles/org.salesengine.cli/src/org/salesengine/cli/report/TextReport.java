package org.salesengine.cli.report;

import java.io.PrintWriter;

import org.eclipse.xtext.diagnostics.Severity;
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
