package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.analysis.scenario.Scenarios;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.cli.analysis.SimulationOptions;
import org.salesengine.cli.scenario.ComparisonJson;
import org.salesengine.cli.scenario.ComparisonMarkdown;
import org.salesengine.cli.scenario.ComparisonText;
import org.salesengine.cli.scenario.LeverText;
import org.salesengine.analysis.scenario.LeverSearch;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine compare}: the engine's scenarios side by side, each with its delta to the base, from the same
 * analysis {@code analyze} runs; {@code --levers} ranks single changes by revenue reach per unit of cost.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Compares an engine's scenarios (its scenarios section) side by side: revenue reach, street quota,"
				+ " cost of sales, pay at target, simulated payout, findings, health and the biggest shift, each with its"
				+ " delta to the base. See docs/scenarios.md." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the table was written", "2:usage or I/O problem, or a scenario the engine does not have" })
public class CompareCommand implements Callable<Integer> {
	/** The simulation every column runs unless told otherwise: enough years for stable percentiles, one seed. */
	static final String DEFAULT_YEARS = "2000";
	static final String DEFAULT_SEED = "2027";

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders; the first engine with scenarios is compared")
	List<Path> paths;

	@Option(names = "--scenarios", paramLabel = "NAMES", split = ",", description = "the columns, in order (base is the engine as written). Default: base and every scenario")
	List<String> scenarios;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or markdown. Default: ${DEFAULT-VALUE}")
	String format;

	@Option(names = "--levers", description = "tries each single change of the documented candidates (docs/scenarios.md) and ranks them by revenue reach per unit of cost")
	boolean levers;

	@Option(names = "--simulate", paramLabel = "N", defaultValue = DEFAULT_YEARS, description = "simulated years of pay per column. Default: ${DEFAULT-VALUE}")
	String simulate;

	@Option(names = "--seed", paramLabel = "S", defaultValue = DEFAULT_SEED, description = "seed of the simulation, the same for every column. Default: ${DEFAULT-VALUE}")
	String seed;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!List.of("text", "json", "markdown").contains(format)) {
			err.println("salesengine: --format must be text, json or markdown, not '" + format + "'");
			return ExitCodes.USAGE;
		}
		SimulationSettings simulation;
		try {
			simulation = SimulationOptions.parse(simulate, seed, null, null, null, null, null);
		} catch (SimulationOptions.Invalid e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		if (loaded.engines().isEmpty()) {
			err.println("salesengine: no engine to compare in " + paths.get(0));
			return ExitCodes.USAGE;
		}
		WholeEngine engine = loaded.engines().stream().filter(e -> !Scenarios.of(e).isEmpty()).findFirst()
				.orElse(loaded.engines().get(0));
		AnalysisOptions options = AnalysisOptions.simulating(simulation);
		if (levers) {
			LeverSearch.Result result = LeverSearch.run(ScenarioRuns.named(loaded, engine, ScenarioEngine.BASE),
					lever -> ScenarioRuns.variant(loaded, engine, lever), options);
			LeverText.write(result, format, out);
			out.flush();
			return ExitCodes.OK;
		}
		List<String> names = scenarios == null ? Scenarios.names(engine) : scenarios;
		List<ScenarioEngine> columns = new ArrayList<>();
		for (String name : names) {
			ScenarioEngine run = ScenarioRuns.named(loaded, engine, name.trim());
			if (run == null) {
				err.println("salesengine: " + ScenarioRuns.unknown(name.trim(), List.of(engine)));
				return ExitCodes.USAGE;
			}
			columns.add(run);
		}
		ScenarioComparison comparison = ScenarioComparison.of(columns, options);
		switch (format) {
			case "json" -> ComparisonJson.write(comparison, simulation, out);
			case "markdown" -> ComparisonMarkdown.write(comparison, simulation, out);
			default -> ComparisonText.write(comparison, simulation, out);
		}
		out.flush();
		return ExitCodes.OK;
	}
}
