package org.salesengine.diagram.build;

import org.salesengine.model.engine.WholeEngine;

/** The line under every diagram's title: which engine, currency and period, so a slide says what it shows. */
final class DiagramHeadings {
	private DiagramHeadings() {
	}

	static String subtitle(WholeEngine engine) {
		String period = engine.periodStart() == null || engine.periodEnd() == null ? null : engine.periodStart() + " to " + engine.periodEnd();
		return Values.join("engine " + engine.name(), engine.currency(), period);
	}
}
