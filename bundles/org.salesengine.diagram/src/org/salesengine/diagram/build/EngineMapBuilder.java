package org.salesengine.diagram.build;

import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ViewFilter;

import java.util.List;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.model.Behavior;
import org.salesengine.model.Kpi;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Spif;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.Channel;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * The engine map: every element in its pillar's compartment and the links that align the pillars. Links point the
 * way the design flows towards the strategy (behavior to KPI, KPI to objective), so ELK lays the pillars out from
 * culture and structure on the left to strategy on the right. Missing links the design needs are drawn to
 * placeholders, in the compartment where the missing element belongs.
 */
final class EngineMapBuilder {
	private final GraphBuilder graph;
	private final WholeEngine engine;
	private NodeDraft strategy;
	private NodeDraft structure;
	private NodeDraft culture;
	private NodeDraft compensation;

	EngineMapBuilder(WholeEngine engine, Decorations decorations, TextMetrics metrics, ViewFilter filter, Colouring colouring) {
		this.engine = engine;
		this.graph = new GraphBuilder(DiagramKind.ENGINE, engine, decorations, metrics, filter, colouring);
	}

	Diagram build() {
		strategy = compartment(EnginePillar.STRATEGY);
		structure = compartment(EnginePillar.STRUCTURE);
		culture = compartment(EnginePillar.CULTURE);
		compensation = compartment(EnginePillar.COMPENSATION);
		addElements();
		addLinks();
		addMissingLinks();
		return graph.build(engine.displayName() + " · engine map", DiagramHeadings.subtitle(engine));
	}

	private NodeDraft compartment(EnginePillar pillar) {
		return graph.compartment("pillar-" + pillar.styleClass(), null, pillar.title(), List.of("compartment", pillar.styleClass()));
	}

	private void addElements() {
		for (Objective objective : engine.objectivesByPriority()) {
			ElementBoxes.objective(graph, strategy, objective);
		}
		for (Segment segment : engine.segments()) {
			graph.element(strategy, segment, classes(EnginePillar.STRATEGY, "segment")).text(segment.getDisplayName()).detail("segment");
		}
		for (Role role : engine.roles()) {
			ElementBoxes.role(graph, structure, role);
		}
		for (Team team : engine.teams()) {
			graph.element(structure, team, classes(EnginePillar.STRUCTURE, "team")).text(team.getDisplayName()).detail("team");
		}
		for (Territory territory : engine.territories()) {
			graph.element(structure, territory, classes(EnginePillar.STRUCTURE, "territory")).text(territory.getDisplayName())
					.detail("territory");
		}
		for (Channel channel : engine.channels()) {
			graph.element(structure, channel, classes(EnginePillar.STRUCTURE, "channel")).text(channel.getDisplayName())
					.detail("channel");
		}
		for (SalesProcess process : engine.processes()) {
			NodeDraft box = graph.element(structure, process, classes(EnginePillar.STRUCTURE, "process")).text(process.getDisplayName())
					.detail(Values.join("process", count(process.getStages().size(), "stage"),
							process.getAverageDeal() == null ? null : "average deal " + Values.amount(process.getAverageDeal())));
			// Stages and outcomes have no box of their own here; their findings show on the process.
			for (Stage stage : process.getStages()) {
				box.decorateWith(ElementIds.of(stage));
			}
			if (process.getWon() != null) {
				box.decorateWith(ElementIds.of(process.getWon()));
			}
			if (process.getLost() != null) {
				box.decorateWith(ElementIds.of(process.getLost()));
			}
		}
		for (Behavior behavior : engine.behaviors()) {
			graph.element(culture, behavior, classes(EnginePillar.CULTURE, "behavior")).text(behavior.getDisplayName()).detail("behavior");
		}
		for (Ritual ritual : engine.rituals()) {
			graph.element(culture, ritual, classes(EnginePillar.CULTURE, "ritual")).text(ritual.getDisplayName())
					.detail(Values.join("ritual", ritual.isSetCadence() ? ritual.getCadence().getLiteral() : null));
		}
		for (Kpi kpi : engine.kpis()) {
			ElementBoxes.kpi(graph, compensation, kpi, false);
		}
		for (Plan plan : engine.plans()) {
			ElementBoxes.plan(graph, compensation, plan);
		}
		for (Spif spif : engine.spifs()) {
			ElementBoxes.spif(graph, compensation, spif);
		}
	}

	private void addLinks() {
		EngineLinks.forEach(engine, (kind, from, to, measure) -> {
			if (measure == null) {
				graph.link(kind, from, to);
			} else {
				graph.link(kind, from, to, measure.getWeight() == null ? null : Values.percent(measure.getWeight()), ElementIds.of(measure));
			}
		});
	}

	private void addMissingLinks() {
		MissingLinks missing = new MissingLinks(graph);
		for (Objective objective : engine.objectivesByPriority()) {
			// An objective without KPIs is also unpaid; the first gap is the one to fix.
			if (missing.kpiSupports(objective, compensation)) {
				missing.planRewards(objective, compensation);
			}
		}
		for (Segment segment : engine.segments()) {
			if (engine.teamsCovering(segment).isEmpty()) {
				graph.drawn(segment).ifPresent(box -> graph.missingLink(LinkKind.COVERS,
						graph.missing(structure, "missing-team-for-" + box.id(), "no team covers this"), box));
			}
		}
		for (Role role : engine.roles()) {
			missing.planPays(role, compensation);
		}
		for (Behavior behavior : engine.behaviors()) {
			if (behavior.getIndicators().isEmpty() && behavior.getReinforcedBy().isEmpty()) {
				graph.drawn(behavior).ifPresent(box -> graph.missingLink(LinkKind.REINFORCED_BY, box,
						graph.missing(culture, "missing-reinforcement-for-" + box.id(), "no indicator KPI, no ritual")));
			}
		}
		for (Ritual ritual : engine.rituals()) {
			if (ritual.getReviews().isEmpty()) {
				graph.drawn(ritual).ifPresent(box -> graph.missingLink(LinkKind.REVIEWS, box,
						graph.missing(compensation, "missing-kpi-for-" + box.id(), "reviews no KPI")));
			}
		}
		for (Kpi kpi : engine.kpis()) {
			missing.objectiveBehindPaidKpi(kpi, strategy);
		}
	}

	static List<String> classes(EnginePillar pillar, String elementKind) {
		return List.of(pillar.styleClass(), elementKind);
	}

	static String count(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
