package org.salesengine.dsl.validation;

import org.salesengine.model.CreditType;
import org.salesengine.model.Measure;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.engine.OverlayCredit;
import org.salesengine.model.engine.WholeEngine;

/**
 * The kind of role a plan pays, inferred from the model, for the bands that depend on it (pay mix): a leader leads a
 * team or has roles reporting to it; an overlay is paid only on overlay or pooled quotas; an individual carrier has
 * an individual quota on a currency KPI, a revenue quota (or is marked as carrying quota): an activity quota (meetings
 * booked, technical wins) or a pipeline quota (a KPI that sums a stage's amount) does not make a seller of a
 * development rep or a sales engineer; everyone else is "other".
 */
enum RoleKind {
	LEADER("leaders", "a leader"),
	OVERLAY("overlays", "an overlay role"),
	INDIVIDUAL("individual", "an individual quota carrier"),
	OTHER("others", "a role without quota");

	final String parameter;
	final String label;

	RoleKind(String parameter, String label) {
		this.parameter = parameter;
		this.label = label;
	}

	static RoleKind of(Plan plan, WholeEngine engine) {
		Role role = plan.getRole();
		if (isLeader(role, engine)) {
			return LEADER;
		}
		boolean individual = false;
		boolean shared = false;
		for (Measure measure : plan.getMeasures()) {
			if (measure.periodQuota() == null) {
				continue;
			}
			if (measure.getCredit() == CreditType.INDIVIDUAL) {
				individual |= WholeEngine.resolved(measure.getKpi()) && WholeEngine.isRevenue(measure.getKpi());
			} else {
				shared = true;
			}
		}
		if (shared && !individual) {
			return OVERLAY;
		}
		return individual || role.isCarriesQuota() ? INDIVIDUAL : OTHER;
	}

	static boolean isLeader(Role role, WholeEngine engine) {
		return OverlayCredit.isLeader(role, engine);
	}
}
