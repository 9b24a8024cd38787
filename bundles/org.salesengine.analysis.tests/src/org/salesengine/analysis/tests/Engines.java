package org.salesengine.analysis.tests;

import java.nio.file.Files;
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

/** Loads the repository's examples and this bundle's fixtures, and analyses them as the command line does. */
public final class Engines {
	private Engines() {
	}

	public static Path root() {
		String root = System.getProperty("salesengine.root");
		Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
		if (!Files.isDirectory(path.resolve("examples"))) {
			throw new IllegalStateException("cannot find the repository root (examples/) from " + path);
		}
		return path;
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	public static Path fixture(String name) {
		return root().resolve("bundles/org.salesengine.analysis.tests/fixtures").resolve(name);
	}

	public static LoadedEngines load(EngineLoader loader, Path file) {
		try {
			return loader.load(List.of(file));
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
