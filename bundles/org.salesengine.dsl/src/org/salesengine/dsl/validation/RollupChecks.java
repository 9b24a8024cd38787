package org.salesengine.dsl.validation;

import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.salesengine.model.CreditType;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.OverlayCredit;
import org.salesengine.model.engine.WholeEngine;

/**
 * A leader's overlay quota against the team below it: heads × overlay quota compared with the individual quotas the
 * team holds on that KPI (and on the KPIs it adds up: credit on a total includes its parts), each quota × its role's
 * nominal heads.
 */
public class RollupChecks extends RuleChecks {

	@Check
	public void rollupMismatch(Measure measure) {
		Plan plan = (Plan) measure.eContainer();
		Role leader = plan.getRole();
		if (measure.getCredit() != CreditType.OVERLAY || measure.periodQuota() == null || !WholeEngine.resolved(leader)
				|| leader.getHeadcount() == null || !WholeEngine.resolved(measure.getKpi())) {
			return;
		}
		WholeEngine engine = wholeEngine(measure);
		if (!OverlayCredit.isLeader(leader, engine)) {
			return;
		}
		List<Measure> team = OverlayCredit.individualQuotas(OverlayCredit.below(leader, engine), measure.getKpi(), engine);
		if (team.isEmpty()) {
			return;
		}
		int leaderHeads = engine.nominalHeads(leader);
		double leaderNumber = measure.periodQuota().doubleValue() * leaderHeads;
		double teamSum = 0;
		StringBuilder parts = new StringBuilder();
		for (Measure individual : team) {
			Plan teamPlan = (Plan) individual.eContainer();
			int heads = engine.nominalHeads(teamPlan.getRole());
			teamSum += individual.periodQuota().doubleValue() * heads;
			parts.append(parts.length() == 0 ? "" : " + ").append(name(teamPlan)).append(" ")
					.append(Amounts.exact(individual.periodQuota())).append(" × ").append(heads);
		}
		if (leaderNumber <= 0) {
			return;
		}
		RuleParameter.Value band = value(Rule.ROLLUP_MISMATCH, "band", measure);
		double ratio = teamSum / leaderNumber;
		if (ratio >= band.low() - 1e-9 && ratio <= band.high() + 1e-9) {
			return;
		}
		String figures = "plan " + name(plan) + ": the team's individual quotas on " + measure.getKpi().getName()
				+ " add up to " + Amounts.brief(teamSum) + " (" + parts + "), " + Amounts.percent(ratio) + " of the leader's "
				+ Amounts.brief(leaderNumber) + " (" + name(leader) + " overlay " + Amounts.exact(measure.periodQuota()) + " × "
				+ leaderHeads + "), outside " + band.written(RuleParameter.Shape.PERCENT_RANGE) + " ("
				+ settings(measure).origin(Rule.ROLLUP_MISMATCH, "band") + ")";
		report(Rule.ROLLUP_MISMATCH, figures + (ratio < band.low()
				? ": the leader's number is not covered even if every rep makes quota"
				: ": the leader is paid on far less than the team is asked to sell"), measure, MODEL.getMeasure_Quota());
	}
}
