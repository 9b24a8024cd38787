package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.ScenarioFinding;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;
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

	@Option(names = "--scenario", paramLabel = "NAME", description = "checks this scenario of the engine as a whole (its"
			+ " findings marked [NAME]); without it, the base and every scenario are checked, and a scenario's findings"
			+ " are reported only where they go beyond the base's")
	String scenario;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		RuleOverrides overrides = Language.injector().getInstance(RuleOverrides.class);
		LoadedEngines loaded;
		List<ScenarioFinding> marked = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try {
			overrides.set(RuleOptions.parse(rules));
			loaded = Language.injector().getInstance(EngineLoader.class).load(paths);
			if (scenario == null) {
				collectBeyondBase(loaded, marked, names);
			} else if (!scenario.equals(ScenarioEngine.BASE)) {
				loaded = collectScenario(loaded, marked, names);
			}
		} catch (RuleOptions.BadOption | SourceFiles.UsageProblem | ScenarioRuns.UnknownScenario e) {
			spec.commandLine().getErr().println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		} finally {
			// The injector lives as long as the process; the next command must not inherit this one's overrides.
			overrides.set(java.util.Map.of());
		}
		switch (format) {
			case json -> JsonReport.write(loaded.findings(), marked, out);
			case sarif -> SarifReport.write(loaded.findings(), marked, out);
			default -> TextReport.write(loaded, marked, names, scenario == null, out);
		}
		out.flush();
		boolean errors = loaded.errorCount() > 0 || marked.stream().anyMatch(m -> m.finding().isError());
		boolean warnings = loaded.count(Severity.WARNING) > 0
				|| marked.stream().anyMatch(m -> m.finding().severity() == Severity.WARNING);
		return errors || (failOnWarning && warnings) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** Every scenario of every engine, each reported where it goes beyond its base. */
	private static void collectBeyondBase(LoadedEngines loaded, List<ScenarioFinding> marked, List<String> names) {
		for (WholeEngine engine : loaded.engines()) {
			List<ScenarioEngine> runs = ScenarioRuns.all(loaded, engine);
			List<Finding> base = runs.get(0).findings();
			for (ScenarioEngine run : runs.subList(1, runs.size())) {
				names.add(run.checked() ? run.name() : run.name() + " not checked: the engine has a syntax error");
				marked.addAll(ScenarioFinding.marked(run.name(), ScenarioFinding.beyond(base, run.findings())));
			}
		}
	}

	/**
	 * The first engine with the named scenario is reported as that scenario, all of its findings marked; the files
	 * of the other engines as they are. Returns what is left of the base's findings.
	 */
	private LoadedEngines collectScenario(LoadedEngines loaded, List<ScenarioFinding> marked, List<String> names)
			throws ScenarioRuns.UnknownScenario {
		for (WholeEngine engine : loaded.engines()) {
			ScenarioEngine chosen = ScenarioRuns.named(loaded, engine, scenario);
			if (chosen != null) {
				names.add(chosen.name());
				marked.addAll(ScenarioFinding.marked(chosen.name(), chosen.findings()));
				List<Finding> own = EngineFindings.of(loaded, engine);
				return new LoadedEngines(loaded.files(), loaded.sources(),
						loaded.findings().stream().filter(f -> !own.contains(f)).toList());
			}
		}
		throw new ScenarioRuns.UnknownScenario(ScenarioRuns.unknown(scenario, loaded.engines()));
	}
}
