package org.salesengine.diagram.build;

import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.style.Theme;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.engine.WholeEngine;

/**
 * The KPI tree: objectives first, the KPIs that support them next, the KPIs their formulas use after those.
 * Every KPI is drawn, also one that feeds nothing (an orphan shows up alone, which is the point). Leading and
 * lagging KPIs have different box styles; each box gives the unit, the target and the formula.
 */
final class KpiTreeBuilder {
	/** Style classes (and the words in the box) of a KPI a plan measures or a SPIF rewards, and of one a ritual reviews. */
	static final String PAID = "paid";
	static final String REVIEWED = "reviewed";
	private final GraphBuilder graph;
	private final WholeEngine engine;

	KpiTreeBuilder(WholeEngine engine, Decorations decorations, TextMetrics metrics, ViewFilter filter, Colouring colouring) {
		this.engine = engine;
		this.graph = new GraphBuilder(DiagramKind.KPIS, engine, decorations, metrics, filter, colouring);
	}

	Diagram build() {
		for (Objective objective : engine.objectivesByPriority()) {
			ElementBoxes.objective(graph, null, objective);
		}
		for (Kpi kpi : byObjective()) {
			List<String> marks = marks(kpi);
			NodeDraft box = ElementBoxes.kpi(graph, null, kpi, true, marks);
			if (!marks.isEmpty()) {
				box.detail(String.join(" · ", marks));
			}
		}
		for (Kpi kpi : engine.kpis()) {
			kpi.getSupports().forEach(objective -> graph.link(LinkKind.SUPPORTS, kpi, objective));
			WholeEngine.formulaInputs(kpi).forEach(input -> graph.link(LinkKind.FORMULA_INPUT, input, kpi));
		}
		MissingLinks missing = new MissingLinks(graph);
		for (Objective objective : engine.objectivesByPriority()) {
			missing.kpiSupports(objective, null);
		}
		String pillar = EnginePillar.COMPENSATION.styleClass();
		graph.legend(LegendEntry.element(List.of(EnginePillar.STRATEGY.styleClass(), "objective"), "objective"));
		graph.legend(LegendEntry.element(List.of(pillar, "kpi", Theme.LEADING), "leading KPI"));
		graph.legend(LegendEntry.element(List.of(pillar, "kpi", Theme.LAGGING), "lagging KPI"));
		graph.legend(LegendEntry.element(List.of(pillar, "kpi", PAID, REVIEWED),
				"\"paid\": a plan measures it or a SPIF rewards it; \"reviewed\": a ritual reviews it"));
		return graph.build(engine.displayName() + " · KPI tree", DiagramHeadings.subtitle(engine));
	}

	/** Whether pay rests on the KPI and whether a ritual looks at it: a paid KPI nobody reviews is a risk to see. */
	private List<String> marks(Kpi kpi) {
		List<String> marks = new ArrayList<>();
		boolean paid = engine.plans().stream().flatMap(p -> p.getMeasures().stream()).anyMatch(m -> m.getKpi() == kpi)
				|| engine.spifs().stream().anyMatch(spif -> spif.getRewards() == kpi);
		if (paid) {
			marks.add(PAID);
		}
		if (engine.rituals().stream().anyMatch(ritual -> ritual.getReviews().contains(kpi))) {
			marks.add(REVIEWED);
		}
		return marks;
	}

	/**
	 * The KPIs in the order the layout keeps: those supporting the first objective by priority, then the next
	 * objective's, then the rest (formula inputs, KPIs that support nothing), each group in file order.
	 */
	private List<Kpi> byObjective() {
		Set<Kpi> ordered = new LinkedHashSet<>();
		for (Objective objective : engine.objectivesByPriority()) {
			ordered.addAll(engine.kpisSupporting(objective));
		}
		ordered.addAll(engine.kpis());
		return List.copyOf(ordered);
	}
}
