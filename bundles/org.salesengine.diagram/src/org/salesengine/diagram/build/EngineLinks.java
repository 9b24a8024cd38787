package org.salesengine.diagram.build;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.model.Behavior;
import org.salesengine.model.Channel;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Ritual;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Spif;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.engine.WholeEngine;

/**
 * The links of the engine map, in one place: the map draws them, and a view's focus follows them. Each link points
 * the way the design flows towards the strategy (behavior to KPI, KPI to objective). Ends may be unresolved or null;
 * whoever receives a link decides what to do with those.
 */
public final class EngineLinks {
	/** Receives one link; {@code measure} is set for a plan's rewards link (the edge stands for the measure). */
	public interface Sink {
		void link(LinkKind kind, EObject from, EObject to, Measure measure);
	}

	private EngineLinks() {
	}

	public static void forEach(WholeEngine engine, Sink sink) {
		for (Team team : engine.teams()) {
			sink.link(LinkKind.STAFFS, team, team.getLead(), null);
			team.getMembers().forEach(member -> sink.link(LinkKind.STAFFS, team, member, null));
			team.getCovers().forEach(segment -> sink.link(LinkKind.COVERS, team, segment, null));
		}
		for (Territory territory : engine.territories()) {
			territory.getSegments().forEach(segment -> sink.link(LinkKind.COVERS, territory, segment, null));
		}
		for (Channel channel : engine.channels()) {
			channel.getManagedBy().forEach(role -> sink.link(LinkKind.STAFFS, channel, role, null));
			channel.getCovers().forEach(segment -> sink.link(LinkKind.COVERS, channel, segment, null));
		}
		for (SalesProcess process : engine.processes()) {
			process.getSegments().forEach(segment -> sink.link(LinkKind.SERVES, process, segment, null));
			sink.link(LinkKind.PRODUCES, process, process.getProduces(), null);
		}
		for (Behavior behavior : engine.behaviors()) {
			behavior.getIndicators().forEach(kpi -> sink.link(LinkKind.INDICATOR, behavior, kpi, null));
			behavior.getReinforcedBy().forEach(ritual -> sink.link(LinkKind.REINFORCED_BY, behavior, ritual, null));
		}
		for (Ritual ritual : engine.rituals()) {
			ritual.getReviews().forEach(kpi -> sink.link(LinkKind.REVIEWS, ritual, kpi, null));
		}
		for (Kpi kpi : engine.kpis()) {
			sink.link(LinkKind.OWNS, kpi.getOwner(), kpi, null);
			WholeEngine.formulaInputs(kpi).forEach(input -> sink.link(LinkKind.FORMULA_INPUT, input, kpi, null));
			kpi.getSupports().forEach(objective -> sink.link(LinkKind.SUPPORTS, kpi, objective, null));
		}
		for (Plan plan : engine.plans()) {
			sink.link(LinkKind.PAID_BY, plan.getRole(), plan, null);
			for (Measure measure : plan.getMeasures()) {
				sink.link(LinkKind.REWARDS, plan, measure.getKpi(), measure);
			}
		}
		for (Spif spif : engine.spifs()) {
			spif.getRoles().forEach(role -> sink.link(LinkKind.PAID_BY, role, spif, null));
			sink.link(LinkKind.REWARDS, spif, spif.getRewards(), null);
		}
	}
}
