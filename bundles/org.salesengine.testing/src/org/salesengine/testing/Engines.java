package org.salesengine.testing;

import java.nio.file.Path;
import java.util.List;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.model.engine.WholeEngine;

/** Loads engine files and analyses them as the command line does. */
public final class Engines {
	private Engines() {
	}

	/** Loads the files (or folders); a usage problem (no such file) fails the test as an IllegalStateException. */
	public static LoadedEngines load(EngineLoader loader, Path... files) {
		try {
			return loader.load(List.of(files));
		} catch (SourceFiles.UsageProblem e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	public static WholeEngine engine(EngineLoader loader, Path file) {
		return load(loader, file).engines().get(0);
	}

	public static AnalysisResult analyze(EngineLoader loader, Path file) {
		return analyze(loader, file, AnalysisOptions.DEFAULT);
	}

	public static AnalysisResult analyze(EngineLoader loader, Path file, AnalysisOptions options) {
		LoadedEngines loaded = load(loader, file);
		WholeEngine engine = loaded.engines().get(0);
		return EngineAnalysis.analyze(engine, EngineFindings.of(loaded, engine), options);
	}

	/** Rounds as the reports print: 1481.4814 is 1481.48. */
	public static double round2(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
