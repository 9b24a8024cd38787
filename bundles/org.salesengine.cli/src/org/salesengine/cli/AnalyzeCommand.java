package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.json.AnalysisJson;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.cli.scenario.ScenarioText;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.cli.analysis.AnalysisText;
import org.salesengine.cli.analysis.SimulationOptions;
import org.salesengine.cli.report.TextReport;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.model.engine.WholeEngine;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine analyze}: the numbers behind a design (funnel, capacity, pay) and which pillar to strengthen
 * first. Engines with errors are analysed as far as their numbers allow; the exit code is the validator's, as for
 * {@code check}, so CI can run either.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Analyses engines: funnel back-solve and levers, capacity against targets, pay at target, payout "
				+ "tables, an optional payout simulation, and the health of each pillar with the biggest shift to make.",
				"Formulas and the JSON schema: docs/analysis.md." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no validator errors (warnings allowed)", "1:at least one validator error (the analysis still runs)",
				"2:usage or I/O problem" })
public class AnalyzeCommand implements Callable<Integer> {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively); the files of one engine are analysed together")
	List<Path> paths;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}")
	String format;

	@Option(names = "--simulate", paramLabel = "N", description = "simulate N years of pay: every rep of every plan draws an attainment per measure each year (1 to 10,000,000)")
	String simulate;

	@Option(names = "--seed", paramLabel = "S", description = "seed of the simulation: the same seed gives the same figures. Default: a fresh one, printed")
	String seed;

	@Option(names = "--distribution", paramLabel = "SHAPE", description = "attainment distribution: normal (truncated at 0), uniform (truncated at 0) or lognormal. Default: normal")
	String distribution;

	@Option(names = "--mean", paramLabel = "PCT", description = "mean attainment in percent. Default: 100%%")
	String mean;

	@Option(names = "--sd", paramLabel = "PCT", description = "standard deviation of attainment in percent. Default: 25%%")
	String sd;

	@Option(names = "--correlation", paramLabel = "RHO", description = "correlation of one rep's measures, 0 (independent) to 1 (one draw for all). Default: 0")
	String correlation;

	@Option(names = "--churn", paramLabel = "PCT", description = "share of sold business that churns within a clawback window: plans with a clawback take that share of their measures' pay back. Default: 0%%")
	String churn;

	@Option(names = "--scenario", paramLabel = "NAME", description = "analyses this scenario of the engine (the engine with"
			+ " the scenario's overrides applied); base is the engine as written")
	String scenario;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!format.equals("text") && !format.equals("json")) {
			err.println("salesengine: --format must be text or json, not '" + format + "'");
			return ExitCodes.USAGE;
		}
		SimulationSettings simulation;
		try {
			simulation = SimulationOptions.parse(simulate, seed, distribution, mean, sd, correlation, churn);
		} catch (SimulationOptions.Invalid e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		LoadedEngines loaded;
		try {
			loaded = Language.injector().getInstance(EngineLoader.class).load(paths);
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		AnalysisOptions options = new AnalysisOptions(AnalysisOptions.PAYOUT_ATTAINMENTS, simulation);
		List<AnalysisResult> results = new ArrayList<>();
		List<List<Finding>> findings = new ArrayList<>();
		List<ScenarioEngine> applied = new ArrayList<>();
		for (WholeEngine engine : loaded.engines()) {
			ScenarioEngine run = scenario == null ? null : ScenarioRuns.named(loaded, engine, scenario);
			if (scenario != null && run == null) {
				continue;
			}
			List<Finding> engineFindings = run == null ? EngineFindings.of(loaded, engine) : run.findings();
			findings.add(engineFindings);
			results.add(EngineAnalysis.analyze(run == null ? engine : run.engine(), engineFindings, options));
			applied.add(run);
		}
		if (scenario != null && results.isEmpty()) {
			err.println("salesengine: " + ScenarioRuns.unknown(scenario, loaded.engines()));
			return ExitCodes.USAGE;
		}
		List<Finding> elsewhere = scenario == null ? findingsOutsideEngines(loaded, findings) : List.of();
		if (scenario != null && format.equals("text")) {
			applied.forEach(run -> out.println(ScenarioText.heading(run)));
			out.println();
		}
		if (format.equals("json")) {
			writeJson(results, findings, elsewhere, out);
		} else {
			writeText(results, findings, elsewhere, out);
		}
		out.flush();
		boolean errors = scenario == null ? loaded.errorCount() > 0
				: findings.stream().flatMap(List::stream).anyMatch(Finding::isError);
		return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	private static void writeText(List<AnalysisResult> results, List<List<Finding>> findings, List<Finding> elsewhere,
			PrintWriter out) {
		for (int i = 0; i < results.size(); i++) {
			if (i > 0) {
				out.println("-".repeat(100));
				out.println();
			}
			AnalysisText.write(results.get(i), findings.get(i), out);
		}
		if (!elsewhere.isEmpty()) {
			out.println("Files that hold no engine that could be read (nothing to analyse there):");
			elsewhere.forEach(f -> out.println("  " + TextReport.line(f)));
		} else if (results.isEmpty()) {
			out.println("No engine to analyse.");
		}
	}

	private static void writeJson(List<AnalysisResult> results, List<List<Finding>> findings, List<Finding> elsewhere,
			PrintWriter out) {
		out.println(GSON.toJson(AnalysisJson.document(results, findings, elsewhere)));
	}

	/** Findings in files that did not parse into an engine (empty, not UTF-8, or not an engine at all). */
	private static List<Finding> findingsOutsideEngines(LoadedEngines loaded, List<List<Finding>> perEngine) {
		Set<Finding> counted = new HashSet<>();
		perEngine.forEach(counted::addAll);
		return loaded.findings().stream().filter(f -> !counted.contains(f)).toList();
	}
}
