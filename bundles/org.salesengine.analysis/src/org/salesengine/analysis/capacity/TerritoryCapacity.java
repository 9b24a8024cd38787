package org.salesengine.analysis.capacity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.model.Kpi;
import org.salesengine.model.Role;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Team;
import org.salesengine.model.Territory;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.StreetQuota;
import org.salesengine.model.engine.WholeEngine;

/**
 * Capacity and coverage of one territory. Its teams are those scoped to it ({@code territory Emea} in the team, or in
 * a team it is within); its roles are their leads and members. Its street quota is the part of the engine's street
 * quota those roles hold (individual quotas on the revenue KPIs, quota × nominal heads); its target is the sum of the
 * targets of the KPIs its processes produce. A role in the teams of two territories counts in both: name roles per
 * territory (AEEmea, AENa) to split them.
 *
 * @param territory   id, {@code Engine.Territory}
 * @param segments    names of the territory's segments
 * @param teams       names of its teams
 * @param roles       names of its roles, with their nominal heads in {@code heads}
 * @param streetQuota Σ quota × heads over its roles' individual revenue quotas
 * @param processes   names of the processes scoped to it
 * @param target      Σ of the targets of the KPIs those processes produce; null when none has one
 * @param coverage    streetQuota ÷ target, null without a target
 * @param uncovered   names of the territory's segments that none of its teams covers
 */
public record TerritoryCapacity(String territory, String name, List<String> segments, List<String> teams,
		List<String> roles, int heads, double streetQuota, List<String> processes, Double target, Double coverage,
		List<String> uncovered) {

	public TerritoryCapacity {
		segments = List.copyOf(segments);
		teams = List.copyOf(teams);
		roles = List.copyOf(roles);
		processes = List.copyOf(processes);
		uncovered = List.copyOf(uncovered);
	}

	public static List<TerritoryCapacity> of(WholeEngine engine) {
		List<TerritoryCapacity> result = new ArrayList<>();
		StreetQuota street = engine.streetQuota();
		for (Territory territory : engine.territories()) {
			List<Team> teams = engine.teams().stream().filter(t -> territoryOf(t) == territory).toList();
			Set<Role> roles = new LinkedHashSet<>();
			Set<Segment> covered = new LinkedHashSet<>();
			for (Team team : teams) {
				if (WholeEngine.resolved(team.getLead())) {
					roles.add(team.getLead());
				}
				team.getMembers().stream().filter(WholeEngine::resolved).forEach(roles::add);
				covered.addAll(team.getCovers());
			}
			double quota = street.contributions().stream().filter(c -> roles.contains(c.role()))
					.mapToDouble(c -> c.total().doubleValue()).sum();
			List<SalesProcess> processes = engine.processes().stream().filter(p -> p.getTerritory() == territory).toList();
			Double target = null;
			Set<Kpi> produced = new LinkedHashSet<>();
			for (SalesProcess process : processes) {
				Kpi kpi = process.getProduces();
				if (WholeEngine.resolved(kpi) && kpi.getTarget() != null && produced.add(kpi)) {
					target = (target == null ? 0 : target) + kpi.getTarget().doubleValue();
				}
			}
			int heads = roles.stream().mapToInt(engine::nominalHeads).sum();
			result.add(new TerritoryCapacity(ElementIds.of(territory), territory.getName(),
					territory.getSegments().stream().filter(WholeEngine::resolved).map(Segment::getName).toList(),
					teams.stream().map(Team::getName).toList(), roles.stream().map(Role::getName).toList(), heads, quota,
					processes.stream().map(SalesProcess::getName).toList(), target,
					target == null || target == 0 ? null : quota / target,
					territory.getSegments().stream().filter(s -> WholeEngine.resolved(s) && !covered.contains(s))
							.map(Segment::getName).toList()));
		}
		return result;
	}

	/** The team's territory, or the territory of the team it is within (the nearest one up). */
	public static Territory territoryOf(Team team) {
		Set<Team> seen = new LinkedHashSet<>();
		for (Team current = team; current != null && seen.add(current); current = resolvedParent(current)) {
			if (WholeEngine.resolved(current.getTerritory())) {
				return current.getTerritory();
			}
		}
		return null;
	}

	private static Team resolvedParent(Team team) {
		return WholeEngine.resolved(team.getParent()) ? team.getParent() : null;
	}
}
