package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.salesengine.cli.report.JsonReport;
import org.salesengine.cli.report.SarifReport;
import org.salesengine.cli.report.TextReport;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.dsl.validation.RuleOverrides;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine check}: every inconsistency, one line each, and an exit code CI can gate a rollout on. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = "Validates engines: parses, links and checks every consistency rule (see 'salesengine rules').",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (warnings allowed)", "1:at least one error", "2:usage or I/O problem" })
public class CheckCommand implements Callable<Integer> {

	enum Format {
		text, json, sarif
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively); the files of one engine are checked together")
	List<Path> paths;

	@Option(names = "--format", defaultValue = "text", description = "text, json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}")
	Format format;

	@Option(names = "--fail-on-warning", description = "exit with 1 on warnings too")
	boolean failOnWarning;

	@Option(names = "--rule", paramLabel = "CODE=LEVEL", description = "sets a rule's severity (off, info, warning or error)"
			+ " over the engine's own rules section; repeatable")
	List<String> rules = List.of();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		RuleOverrides overrides = Language.injector().getInstance(RuleOverrides.class);
		LoadedEngines loaded;
		try {
			overrides.set(RuleOptions.parse(rules));
			loaded = Language.injector().getInstance(EngineLoader.class).load(paths);
		} catch (RuleOptions.BadOption e) {
			spec.commandLine().getErr().println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		} catch (SourceFiles.UsageProblem e) {
			spec.commandLine().getErr().println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		} finally {
			// The injector lives as long as the process; the next command must not inherit this one's overrides.
			overrides.set(java.util.Map.of());
		}
		switch (format) {
			case json -> JsonReport.write(loaded.findings(), out);
			case sarif -> SarifReport.write(loaded.findings(), out);
			default -> TextReport.write(loaded, out);
		}
		out.flush();
		boolean failed = loaded.errorCount() > 0
				|| (failOnWarning && loaded.count(org.eclipse.xtext.diagnostics.Severity.WARNING) > 0);
		return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
	}
}
