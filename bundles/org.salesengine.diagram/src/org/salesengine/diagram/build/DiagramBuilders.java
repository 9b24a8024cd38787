package org.salesengine.diagram.build;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.model.engine.WholeEngine;

/** The first step of every diagram: the engine's elements and links as an unlaid diagram of the kind asked for. */
public final class DiagramBuilders {
	private DiagramBuilders() {
	}

	public static Diagram build(DiagramKind kind, WholeEngine engine, Decorations decorations, TextMetrics metrics, StageVolumes volumes) {
		return switch (kind) {
			case ENGINE -> new EngineMapBuilder(engine, decorations, metrics).build();
			case PIPELINE -> new PipelineBuilder(engine, decorations, metrics, volumes).build();
			case KPIS -> new KpiTreeBuilder(engine, decorations, metrics).build();
			case PAY -> new PayBuilder(engine, decorations, metrics).build();
		};
	}
}
