package org.salesengine.diagram.build;

import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.model.engine.WholeEngine;

/** The first step of every diagram: the engine's elements and links as an unlaid diagram of the kind asked for. */
public final class DiagramBuilders {
	private DiagramBuilders() {
	}

	public static Diagram build(DiagramKind kind, WholeEngine engine, Decorations decorations, TextMetrics metrics, StageVolumes volumes) {
		return build(kind, engine, decorations, metrics, volumes, ViewFilter.NONE, Colouring.BY_PILLAR);
	}

	/** Through a view: what the filter leaves out is not drawn (and counted), boxes take the colouring's classes. */
	public static Diagram build(DiagramKind kind, WholeEngine engine, Decorations decorations, TextMetrics metrics, StageVolumes volumes,
			ViewFilter filter, Colouring colouring) {
		return switch (kind) {
			case ENGINE -> new EngineMapBuilder(engine, decorations, metrics, filter, colouring).build();
			case PIPELINE -> new PipelineBuilder(engine, decorations, metrics, volumes, filter, colouring).build();
			case KPIS -> new KpiTreeBuilder(engine, decorations, metrics, filter, colouring).build();
			case PAY -> new PayBuilder(engine, decorations, metrics, filter, colouring).build();
		};
	}
}
