package org.salesengine.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.Team;
import org.salesengine.model.engine.WholeEngine;

/** Teams within teams ({@code team EntEmea in EntTeam}): the chain of parents must end. */
public class TeamHierarchyChecks extends RuleChecks {

	@Check
	public void teamCycle(Team team) {
		List<Team> chain = new ArrayList<>();
		for (Team current = team; WholeEngine.resolved(current); current = current.getParent()) {
			int seen = chain.indexOf(current);
			if (seen == 0) {
				String path = chain.stream().map(RuleChecks::name).collect(Collectors.joining(" → ")) + " → " + name(team);
				report(Rule.TEAM_CYCLE, "team " + name(team) + " is within itself: " + path, team, MODEL.getTeam_Parent());
				return;
			}
			if (seen > 0) {
				return; // the cycle is further up; its own teams report it
			}
			chain.add(current);
		}
	}
}
