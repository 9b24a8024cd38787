package org.salesengine.diagram.build;

import org.salesengine.diagram.model.LinkKind;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.Role;
import org.salesengine.model.engine.WholeEngine;

/**
 * The links an aligned engine has and a broken one lacks, shared by the diagrams that show them. Each check draws a
 * placeholder for the missing element, inside {@code where} (the compartment it would belong to, or the top level
 * when null), and a missing link to it. The checks read the model, not the findings, so a picture shows the gap
 * even when the rule that reports it is switched off.
 */
final class MissingLinks {
	private final GraphBuilder graph;
	private final WholeEngine engine;

	MissingLinks(GraphBuilder graph) {
		this.graph = graph;
		this.engine = graph.engine();
	}

	/** An objective no KPI supports: nothing measures it. False when the link is missing. */
	boolean kpiSupports(Objective objective, NodeDraft where) {
		if (!engine.kpisSupporting(objective).isEmpty()) {
			return true;
		}
		graph.drawn(objective).ifPresent(box -> graph.missingLink(LinkKind.SUPPORTS,
				graph.missing(where, "missing-kpi-for-" + box.id(), "no KPI supports this"), box));
		return false;
	}

	/** An objective whose KPIs no plan measures: nobody is paid to reach it. */
	void planRewards(Objective objective, NodeDraft where) {
		boolean paid = engine.kpisSupporting(objective).stream().anyMatch(kpi -> !engine.measuresOn(kpi).isEmpty());
		if (!paid) {
			graph.drawn(objective).ifPresent(box -> graph.missingLink(LinkKind.REWARDS,
					graph.missing(where, "missing-plan-for-" + box.id(), "no plan pays for this"), box));
		}
	}

	/** A role that carries quota and has no plan. */
	void planPays(Role role, NodeDraft where) {
		if (role.isCarriesQuota() && engine.plansFor(role).isEmpty()) {
			graph.drawn(role).ifPresent(box -> graph.missingLink(LinkKind.PAID_BY, box,
					graph.missing(where, "missing-plan-for-" + box.id(), "no plan pays this role")));
		}
	}

	/** A KPI that a plan pays on but that supports no objective: money spent on something the strategy does not ask. */
	void objectiveBehindPaidKpi(Kpi kpi, NodeDraft where) {
		boolean supports = kpi.getSupports().stream().anyMatch(WholeEngine::resolved);
		if (!engine.measuresOn(kpi).isEmpty() && !supports) {
			graph.drawn(kpi).ifPresent(box -> graph.missingLink(LinkKind.SUPPORTS, box,
					graph.missing(where, "missing-objective-for-" + box.id(), "supports no objective")));
		}
	}
}
