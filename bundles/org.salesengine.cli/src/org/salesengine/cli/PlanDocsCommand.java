package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.report.PlanPages;
import org.salesengine.report.ReportInput;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine plan-docs}: one self-contained HTML page per plan, the document a rep signs (docs/report.md). */
@Command(name = "plan-docs", mixinStandardHelpOptions = true,
		description = "Writes one HTML page per compensation plan, named <engine>-<plan>.html: the role, OTE, pay mix, base "
				+ "and incentive at target, each measure with its weight, quota, threshold, accelerator and cap, the payout "
				+ "table from 50% to 200%, a worked example at 120%, the SPIFs that apply and the plan period.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:pages written, no errors in the design (warnings allowed)",
				"1:pages written, the design has errors (run 'salesengine check' for the list)", "2:usage or I/O problem" })
public class PlanDocsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively) holding one engine")
	List<Path> paths;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write the pages to; created if missing")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		System.setProperty("java.awt.headless", "true");
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		WholeEngine engine = Outputs.oneEngine(loaded, "write plan documents for", err);
		if (engine == null) {
			return loaded.errorCount() > 0 && loaded.engines().isEmpty() ? ExitCodes.FINDINGS : ExitCodes.USAGE;
		}
		String folderProblem = Outputs.prepareFolder(output);
		if (folderProblem != null) {
			err.println("salesengine: " + output + ": " + folderProblem);
			return ExitCodes.USAGE;
		}
		ReportInput input = ReportInput.of(loaded, engine);
		Map<String, String> pages = PlanPages.of(input);
		if (pages.isEmpty()) {
			err.println("salesengine: engine " + engine.name() + " has no plan: no document written");
			return ExitCodes.USAGE;
		}
		for (Map.Entry<String, String> page : pages.entrySet()) {
			if (!Outputs.write(output.resolve(page.getKey()), page.getValue().getBytes(StandardCharsets.UTF_8), out, err)) {
				return ExitCodes.USAGE;
			}
		}
		out.flush();
		if (input.findings().stream().anyMatch(f -> f.isError())) {
			long errors = loaded.errorCount();
			err.println("salesengine: the design has " + errors + (errors == 1 ? " error" : " errors")
					+ " (run 'salesengine check' for the list; 'salesengine report' lists them with how to fix each)");
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}
}
