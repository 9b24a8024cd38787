package org.salesengine.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.CreditType;
import org.salesengine.model.Kpi;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.Segment;
import org.salesengine.model.Team;
import org.salesengine.model.engine.WholeEngine;

/**
 * Two teams that cover the same segment and hold individual quota on the same KPI: both are asked to win the same
 * customers, and nobody has decided who owns an account. Overlay and pooled credit is shared by design and does not
 * count.
 */
public class CoverageChecks extends RuleChecks {

	@Check
	public void coverageOverlap(Team team) {
		WholeEngine engine = wholeEngine(team);
		for (Segment segment : team.getCovers()) {
			if (!WholeEngine.resolved(segment)) {
				continue;
			}
			List<Team> covering = engine.teamsCovering(segment);
			int position = covering.indexOf(team);
			// Reported once per pair, on the later team, naming the earlier one.
			for (Team earlier : covering.subList(0, Math.max(position, 0))) {
				Set<Kpi> shared = new LinkedHashSet<>(individualKpis(earlier, engine));
				shared.retainAll(individualKpis(team, engine));
				if (!shared.isEmpty()) {
					report(Rule.COVERAGE_OVERLAP, "teams " + name(earlier) + " and " + name(team) + " both cover segment "
							+ name(segment) + " with individual quota on " + shared.stream().map(RuleChecks::name)
									.collect(Collectors.joining(", "))
							+ ": decide who owns the customer (split the segment, or make one side an overlay)", team,
							MODEL.getTeam_Covers(), team.getCovers().indexOf(segment));
				}
			}
		}
	}

	private static Set<Kpi> individualKpis(Team team, WholeEngine engine) {
		List<Role> roles = new ArrayList<>(team.getMembers());
		if (team.getLead() != null) {
			roles.add(team.getLead());
		}
		Set<Kpi> kpis = new LinkedHashSet<>();
		for (Role role : roles) {
			if (!WholeEngine.resolved(role)) {
				continue;
			}
			for (Plan plan : engine.plansFor(role)) {
				for (Measure measure : plan.getMeasures()) {
					if (measure.periodQuota() != null && measure.getCredit() == CreditType.INDIVIDUAL && WholeEngine.resolved(measure.getKpi())) {
						kpis.add(measure.getKpi());
					}
				}
			}
		}
		return kpis;
	}
}
