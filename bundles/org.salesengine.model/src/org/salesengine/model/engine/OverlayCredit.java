package org.salesengine.model.engine;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salesengine.model.CreditType;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Team;

/**
 * What an overlay quota is credited on: the individual quotas of the team behind it. A leader's team is every role in
 * the teams it leads (with the teams within them: {@code team EntEmea in EntTeam}, their leads and members) and every
 * role that reports to it, directly or transitively (through the teams and reports of those roles too); any other
 * role's team is the roles it shares a team with and those that report to it. The
 * individual quotas that count are those on the overlay's KPI and on KPIs whose formulas add it up
 * ({@link KpiSums#withTermsOf}).
 */
public final class OverlayCredit {
	private OverlayCredit() {
	}

	public static boolean isLeader(Role role, WholeEngine engine) {
		return engine.teams().stream().anyMatch(t -> t.getLead() == role)
				|| engine.roles().stream().anyMatch(r -> r.getReportsTo() == role);
	}

	/** The roles below a leader: its teams' members and its reports, transitively; the leader itself excluded. */
	public static Set<Role> below(Role leader, WholeEngine engine) {
		Set<Role> seen = new LinkedHashSet<>();
		Deque<Role> open = new ArrayDeque<>(List.of(leader));
		while (!open.isEmpty()) {
			Role next = open.pop();
			if (!seen.add(next)) {
				continue;
			}
			for (Team team : engine.teams()) {
				if (team.getLead() == next) {
					team.getMembers().stream().filter(WholeEngine::resolved).forEach(open::add);
					for (Team inner : within(team, engine)) {
						if (WholeEngine.resolved(inner.getLead())) {
							open.add(inner.getLead());
						}
						inner.getMembers().stream().filter(WholeEngine::resolved).forEach(open::add);
					}
				}
			}
			engine.roles().stream().filter(r -> r.getReportsTo() == next).forEach(open::add);
		}
		seen.remove(leader);
		return seen;
	}

	/** The teams within a team, at any depth (a cycle of parents ends where it closes). */
	public static Set<Team> within(Team outer, WholeEngine engine) {
		Set<Team> result = new LinkedHashSet<>();
		Deque<Team> open = new ArrayDeque<>(List.of(outer));
		while (!open.isEmpty()) {
			Team next = open.pop();
			for (Team team : engine.teams()) {
				if (team.getParent() == next && team != outer && result.add(team)) {
					open.add(team);
				}
			}
		}
		return result;
	}

	/** The team an overlay role's quota follows. */
	public static Set<Role> team(Role role, WholeEngine engine) {
		if (isLeader(role, engine)) {
			return below(role, engine);
		}
		Set<Role> team = new LinkedHashSet<>();
		for (Team shared : engine.teamsOf(role)) {
			if (WholeEngine.resolved(shared.getLead())) {
				team.add(shared.getLead());
			}
			shared.getMembers().stream().filter(WholeEngine::resolved).forEach(team::add);
		}
		team.addAll(below(role, engine));
		team.remove(role);
		return team;
	}

	/** The individual measures with a quota that the overlay measure is credited on, in plan order. */
	public static List<Measure> creditedOn(Measure overlay, WholeEngine engine) {
		Plan plan = (Plan) overlay.eContainer();
		if (!WholeEngine.resolved(plan.getRole()) || !WholeEngine.resolved(overlay.getKpi())) {
			return List.of();
		}
		return individualQuotas(team(plan.getRole(), engine), overlay.getKpi(), engine);
	}

	/** The individual measures with a quota, held by these roles, on the KPI or on the KPIs it adds up. */
	public static List<Measure> individualQuotas(Set<Role> roles, Kpi kpi, WholeEngine engine) {
		Set<Kpi> kpis = KpiSums.withTermsOf(kpi);
		List<Measure> result = new ArrayList<>();
		for (Plan plan : engine.plans()) {
			if (!roles.contains(plan.getRole())) {
				continue;
			}
			for (Measure measure : plan.getMeasures()) {
				if (measure.getCredit() == CreditType.INDIVIDUAL && measure.periodQuota() != null && kpis.contains(measure.getKpi())) {
					result.add(measure);
				}
			}
		}
		return result;
	}
}
