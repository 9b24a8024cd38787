package org.salesengine.cli.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.salesengine.cli.Language;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.model.engine.WholeEngine;

/** The files of exactly one engine, as calibrate and generate-crm need them; otherwise one line saying why not. */
final class OneEngine {
	record Loaded(LoadedEngines files, WholeEngine engine) {
	}

	private OneEngine() {
	}

	/** The engine, or null after printing the reason on {@code err}. */
	static Loaded load(List<Path> paths, PrintWriter err) {
		LoadedEngines loaded;
		try {
			loaded = Language.injector().getInstance(EngineLoader.class).load(paths);
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return null;
		}
		if (loaded.engines().size() != 1) {
			err.println("salesengine: " + (loaded.engines().isEmpty() ? "no engine" : loaded.engines().size() + " engines") + " in "
					+ paths + ": give the files of one engine");
			return null;
		}
		return new Loaded(loaded, loaded.engines().get(0));
	}
}
