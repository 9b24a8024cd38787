package org.salesengine.diagram.build;

import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;

import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.model.Kpi;
import org.salesengine.model.Mbo;
import org.salesengine.model.Measure;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Spif;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.Tiers;
import org.salesengine.model.engine.WholeEngine;

/**
 * The pay diagram, read left to right: the role, the plan that pays it, the plan's measures with their weights and
 * payout curves, the KPIs they pay on, the objectives those KPIs support. It answers "is what we pay for what we
 * want": a paid KPI that supports nothing, an objective nobody is paid for and a quota role without a plan are
 * drawn as missing links.
 */
final class PayBuilder {
	private final GraphBuilder graph;
	private final WholeEngine engine;

	PayBuilder(WholeEngine engine, Decorations decorations, TextMetrics metrics, ViewFilter filter, Colouring colouring) {
		this.engine = engine;
		this.graph = new GraphBuilder(DiagramKind.PAY, engine, decorations, metrics, filter, colouring);
	}

	Diagram build() {
		for (Role role : engine.roles()) {
			boolean paid = !engine.plansFor(role).isEmpty() || engine.spifs().stream().anyMatch(spif -> spif.getRoles().contains(role));
			if (paid || role.isCarriesQuota()) {
				ElementBoxes.role(graph, null, role);
			}
		}
		for (Plan plan : engine.plans()) {
			ElementBoxes.plan(graph, null, plan);
			graph.link(LinkKind.PAID_BY, plan.getRole(), plan);
			for (Measure measure : plan.getMeasures()) {
				measure(plan, measure);
			}
			for (Mbo mbo : plan.getMbos()) {
				mbo(plan, mbo);
			}
		}
		for (Spif spif : engine.spifs()) {
			ElementBoxes.spif(graph, null, spif);
			spif.getRoles().forEach(role -> graph.link(LinkKind.PAID_BY, role, spif));
			kpi(spif.getRewards());
			graph.link(LinkKind.REWARDS, spif, spif.getRewards());
		}
		for (Objective objective : engine.objectivesByPriority()) {
			ElementBoxes.objective(graph, null, objective);
		}
		for (Kpi kpi : engine.kpis()) {
			kpi.getSupports().forEach(objective -> graph.link(LinkKind.SUPPORTS, kpi, objective));
		}
		MissingLinks missing = new MissingLinks(graph);
		for (Role role : engine.roles()) {
			missing.planPays(role, null);
		}
		for (Kpi kpi : engine.kpis()) {
			missing.objectiveBehindPaidKpi(kpi, null);
		}
		for (Objective objective : engine.objectivesByPriority()) {
			missing.planRewards(objective, null);
		}
		graph.legend(LegendEntry.element(List.of(EnginePillar.COMPENSATION.styleClass(), "measure"),
				"measure: its chart plots payout (up) against attainment (right); dotted lines mark 100%"));
		return graph.build(engine.displayName() + " · pay plans", DiagramHeadings.subtitle(engine));
	}

	private void measure(Plan plan, Measure measure) {
		String kpiName = WholeEngine.resolved(measure.getKpi()) ? Values.name(measure.getKpi()) : ElementIds.measuredKpiName(measure);
		String weight = measure.getWeight() == null ? null : Values.percent(measure.getWeight());
		PayoutCurve curve = PayoutCurve.of(measure);
		graph.element(null, measure, Values.join(kpiName, weight), List.of(EnginePillar.COMPENSATION.styleClass(), "measure"))
				.detail(Values.join("measure", measure.periodQuota() == null ? null : "quota " + Values.quota(measure)))
				.detail(Values.join(measure.getThreshold() == null ? null : "threshold " + Values.percent(measure.getThreshold()),
						!measure.getTiers().isEmpty() ? Tiers.written(measure.getTiers())
								: measure.getAccelerator() == null ? null : accelerator(measure),
						measure.getCap() == null ? null : "cap " + Values.percent(measure.getCap())))
				.sparkline(curve.sparkline());
		graph.link(LinkKind.HAS_MEASURE, plan, measure);
		kpi(measure.getKpi());
		graph.link(LinkKind.REWARDS, measure, measure.getKpi());
	}

	/** An MBO: paid in full when attained, so it has no curve to draw; its chance is what the simulation uses. */
	private void mbo(Plan plan, Mbo mbo) {
		String weight = mbo.getWeight() == null ? null : Values.percent(mbo.getWeight());
		graph.element(null, mbo, Values.join(mbo.getName(), weight), List.of(EnginePillar.COMPENSATION.styleClass(), "measure"))
				.text(mbo.getDisplayName())
				.detail(Values.join("MBO", mbo.getChance() == null ? null : "chance " + Values.percent(mbo.getChance())));
		graph.link(LinkKind.HAS_MEASURE, plan, mbo);
	}

	/** A KPI gets its box the first time something pays on it, so KPIs appear next to what pays on them. */
	private void kpi(Kpi kpi) {
		if (WholeEngine.resolved(kpi) && graph.drawn(kpi).isEmpty()) {
			ElementBoxes.kpi(graph, null, kpi, false);
		}
	}

	private static String accelerator(Measure measure) {
		String above = measure.getAcceleratorAbove() == null ? "" : " above " + Values.percent(measure.getAcceleratorAbove());
		return Amounts.multiplier(measure.getAccelerator()) + above;
	}
}
