package org.salesengine.report;

import java.util.List;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.simulation.AttainmentDistribution;
import org.salesengine.analysis.simulation.SimulationSettings;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

/**
 * What a report is written from: one engine, the validator's findings in its files, those files as parsed (for the
 * highlighted text), and the analysis with a payout simulation. The simulation always uses the same seed and size,
 * so the same engine gives the same report.
 */
public record ReportInput(WholeEngine engine, List<Finding> findings, List<LoadedEngines.SourceFile> files,
		AnalysisResult analysis, String scenario) {
	/** Years of the whole sales force the report's simulation draws: enough for stable percentiles, under a second. */
	public static final long SIMULATED_YEARS = 10_000;
	/** The report's simulation seed: fixed, so the histogram and its percentiles do not change between two runs. */
	public static final long SEED = 2027;
	public static final SimulationSettings SIMULATION = new SimulationSettings(SIMULATED_YEARS, SEED,
			AttainmentDistribution.DEFAULT, 0);

	public ReportInput {
		findings = List.copyOf(findings);
		files = List.copyOf(files);
	}

	/** The engine as loaded, analysed with the report's simulation. */
	public static ReportInput of(LoadedEngines loaded, WholeEngine engine) {
		List<Finding> findings = EngineFindings.of(loaded, engine);
		List<LoadedEngines.SourceFile> files = loaded.sources().stream()
				.filter(source -> source.engine() != null && engine.fragments().contains(source.engine())).toList();
		AnalysisResult analysis = EngineAnalysis.analyze(engine, findings, AnalysisOptions.simulating(SIMULATION));
		return new ReportInput(engine, findings, files, analysis, null);
	}

	/**
	 * A scenario of the engine: its overrides applied to a copy, with the copy's findings. The appendix still shows the
	 * files as written (the scenario changes values, not text), and the title names the scenario.
	 */
	public static ReportInput ofScenario(LoadedEngines loaded, WholeEngine base, WholeEngine applied, List<Finding> findings,
			String scenario) {
		List<LoadedEngines.SourceFile> files = loaded.sources().stream()
				.filter(source -> source.engine() != null && base.fragments().contains(source.engine())).toList();
		AnalysisResult analysis = EngineAnalysis.analyze(applied, findings, AnalysisOptions.simulating(SIMULATION));
		return new ReportInput(applied, findings, files, analysis, scenario);
	}

	/** "Acme Analytics EMEA", or the engine's name when it has no display name. */
	public String title() {
		String display = engine.displayName();
		String title = display == null || display.isBlank() ? engine.name() : display;
		return scenario == null ? title : title + ", scenario " + scenario;
	}
}
