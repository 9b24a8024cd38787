package org.salesengine.diagram.build;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.style.Theme;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Signal;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.Amounts;

/**
 * The boxes of elements that appear in several diagrams, written once so that a KPI or a role reads the same in the
 * engine map, the KPI tree and the pay diagram: name, display name, then the kind and its key figures.
 */
final class ElementBoxes {
	private ElementBoxes() {
	}

	static NodeDraft objective(GraphBuilder graph, NodeDraft parent, Objective objective) {
		return graph.element(parent, objective, List.of(EnginePillar.STRATEGY.styleClass(), "objective"))
				.text(objective.getDisplayName())
				.detail(Values.join("objective", objective.getPriority() == null ? null : "priority " + objective.getPriority()));
	}

	static NodeDraft role(GraphBuilder graph, NodeDraft parent, Role role) {
		return graph.element(parent, role, List.of(EnginePillar.STRUCTURE.styleClass(), "role"))
				.text(role.getDisplayName())
				.detail(Values.join("role", role.getHeadcount() == null ? null : "headcount " + role.getHeadcount(),
						role.isCarriesQuota() ? "carries quota" : null));
	}

	/** Leading and lagging KPIs get a style class of their own: the KPI tree tells them apart at a glance. */
	static NodeDraft kpi(GraphBuilder graph, NodeDraft parent, Kpi kpi, boolean withFormula) {
		return kpi(graph, parent, kpi, withFormula, List.of());
	}

	/** With more style classes, such as the KPI tree's {@code paid} and {@code reviewed} marks. */
	static NodeDraft kpi(GraphBuilder graph, NodeDraft parent, Kpi kpi, boolean withFormula, List<String> marks) {
		List<String> classes = new ArrayList<>(List.of(EnginePillar.COMPENSATION.styleClass(), "kpi"));
		if (kpi.isSetSignal()) {
			classes.add(kpi.getSignal() == Signal.LEADING ? Theme.LEADING : Theme.LAGGING);
		}
		classes.addAll(marks);
		NodeDraft box = graph.element(parent, kpi, classes).text(kpi.getDisplayName())
				.detail(Values.join("KPI", kpi.isSetSignal() ? kpi.getSignal().getLiteral() : null,
						kpi.isSetUnit() ? kpi.getUnit().getLiteral() : null,
						Values.target(kpi) == null ? null : "target " + Values.target(kpi)));
		if (withFormula && kpi.getFormula() != null) {
			box.detail("= " + Formulas.text(kpi.getFormula()));
		}
		return box;
	}

	static NodeDraft plan(GraphBuilder graph, NodeDraft parent, Plan plan) {
		String mix = plan.getMixBase() == null || plan.getMixIncentive() == null ? null
				: "mix " + Amounts.plain(plan.getMixBase()) + "/" + Amounts.plain(plan.getMixIncentive());
		return graph.element(parent, plan, List.of(EnginePillar.COMPENSATION.styleClass(), "plan"))
				.text(plan.getDisplayName())
				.detail(Values.join("plan", plan.getOnTargetEarnings() == null ? null : "OTE " + Values.amount(plan.getOnTargetEarnings()), mix));
	}

	static NodeDraft spif(GraphBuilder graph, NodeDraft parent, Spif spif) {
		String bonus = spif.getBonus() == null ? null
				: "bonus " + Values.amount(spif.getBonus()) + (spif.isSetBasis() ? " per " + spif.getBasis().getLiteral() : "");
		String window = spif.getStartDate() == null || spif.getEndDate() == null ? null : spif.getStartDate() + " to " + spif.getEndDate();
		return graph.element(parent, spif, List.of(EnginePillar.COMPENSATION.styleClass(), "spif"))
				.text(spif.getDisplayName())
				.detail(Values.join("SPIF", bonus))
				.detail(window);
	}
}
