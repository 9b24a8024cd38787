package org.salesengine.testing;

import java.util.List;

import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

/** An example engine read and validated as the command line does it, with its findings. */
public record Examples(WholeEngine engine, List<Finding> findings) {

	public static Examples load(EngineLoader loader, String exampleName) {
		LoadedEngines loaded = Engines.load(loader, TestFiles.example(exampleName));
		if (loaded.engines().size() != 1) {
			throw new IllegalStateException(exampleName + " should hold one engine, holds " + loaded.engines().size());
		}
		return new Examples(loaded.engines().get(0), loaded.findings());
	}

	public Diagram diagram(DiagramKind kind) {
		return Diagrams.build(kind, engine, findings);
	}
}
