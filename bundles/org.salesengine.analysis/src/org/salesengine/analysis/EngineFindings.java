package org.salesengine.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

/** The validator's findings that belong to one engine: those in the files its fragments were read from. */
public final class EngineFindings {
	private EngineFindings() {
	}

	public static List<Finding> of(LoadedEngines loaded, WholeEngine engine) {
		Set<String> files = new HashSet<>();
		for (LoadedEngines.SourceFile source : loaded.sources()) {
			if (source.engine() != null && engine.fragments().contains(source.engine())) {
				files.add(source.path().toString());
			}
		}
		return loaded.findings().stream().filter(f -> files.contains(f.file())).toList();
	}
}
