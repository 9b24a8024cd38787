package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.report.ChromiumPdf;
import org.salesengine.report.EngineReport;
import org.salesengine.report.ReportInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine report}: the consultant's deliverable, one self-contained HTML file per engine (docs/report.md),
 * printed to PDF with the machine's Chromium on request.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Writes the engine report: one self-contained HTML file (inline pictures and styles, no script, "
				+ "nothing fetched from anywhere) with the biggest shift, the pillars' scorecard, the engine map and the "
				+ "alignment table, funnels and capacity, culture, KPIs, pay and payout curves, a payout simulation, every "
				+ "finding with how to fix it, the engine's text and one plan document per plan. It opens offline and prints "
				+ "on A4 and Letter.",
				"With --pdf, headless Chromium (Debian's chromium package) prints it to PDF; when Chromium is not installed "
						+ "the HTML is still written, one line says how to get it (" + ChromiumPdf.HOW_TO_INSTALL + "), and the "
						+ "exit code is as without --pdf." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:report written, no errors in the design (warnings allowed)",
				"1:report written, the design has errors (the report lists them)", "2:usage or I/O problem" })
public class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively) holding one engine")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the HTML file to write")
	Path output;

	@Option(names = "--scenario", paramLabel = "NAME", description = "report on a scenario of the engine: its overrides applied (base: the engine as written)")
	String scenario;

	@Option(names = "--pdf", paramLabel = "FILE", description = "also print the report to this PDF file with headless Chromium")
	Path pdf;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		System.setProperty("java.awt.headless", "true");
		String folderProblem = Outputs.parentProblem(output);
		if (folderProblem == null && pdf != null) {
			folderProblem = Outputs.parentProblem(pdf);
		}
		if (folderProblem != null) {
			err.println("salesengine: " + folderProblem);
			return ExitCodes.USAGE;
		}
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		WholeEngine engine = Outputs.oneEngine(loaded, "report on", err);
		if (engine == null) {
			return loaded.errorCount() > 0 && loaded.engines().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.USAGE;
		}
		if (!Outputs.fontsUsable(err)) {
			return ExitCodes.USAGE;
		}
		ReportInput input;
		if (scenario == null) {
			input = ReportInput.of(loaded, engine);
		} else {
			ScenarioEngine run = ScenarioRuns.named(loaded, engine, scenario);
			if (run == null) {
				err.println("salesengine: " + ScenarioRuns.unknown(scenario, loaded.engines()));
				return ExitCodes.USAGE;
			}
			input = ReportInput.ofScenario(loaded, engine, run.engine(), run.findings(), run.name());
		}
		if (!Outputs.write(output, EngineReport.html(input).getBytes(StandardCharsets.UTF_8), out, err)) {
			return ExitCodes.USAGE;
		}
		if (pdf != null && !printPdf(out, err)) {
			return ExitCodes.USAGE;
		}
		out.flush();
		boolean errors = input.findings().stream().anyMatch(f -> f.isError());
		if (errors) {
			err.println("salesengine: " + Outputs.errorsMarked(loaded, "report"));
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** False only when printing failed; a machine without Chromium gets a note and the HTML alone. */
	private boolean printPdf(PrintWriter out, PrintWriter err) {
		ChromiumPdf printer = ChromiumPdf.onPath();
		Optional<Path> chromium = printer.executable();
		if (chromium.isEmpty()) {
			err.println("salesengine: no PDF written: headless Chromium is not installed (" + ChromiumPdf.HOW_TO_INSTALL
					+ "); the HTML report is written");
			return true;
		}
		try {
			printer.print(chromium.get(), output, pdf);
		} catch (ChromiumPdf.PrintProblem e) {
			err.println("salesengine: " + pdf + ": " + e.getMessage());
			return false;
		}
		out.println("wrote " + pdf);
		return true;
	}
}
