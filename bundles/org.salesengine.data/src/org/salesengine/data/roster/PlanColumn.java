package org.salesengine.data.roster;

import org.salesengine.data.columns.ColumnName;

/**
 * The columns of a plan sheet (one row per measure; a plan's own columns may be left blank on its later rows), read by
 * {@code import --as compensation}.
 */
public enum PlanColumn implements ColumnName {
	PLAN("plan", true, "the plan's name", "Plan", "Plan ID"),
	PLAN_TITLE("plan-title", false, "the plan's display name", "Plan name", "Plan title"),
	ROLE("role", false, "the role the plan pays", "Role", "For role", "For"),
	OTE("ote", false, "the on-target earnings", "OTE", "On target earnings", "Target earnings", "OTE amount"),
	MIX("mix", false, "the pay mix, base/incentive (60/40)", "Mix", "Pay mix", "Base/variable"),
	MEASURE("measure", false, "the KPI a measure pays on", "Measure", "KPI", "Metric"),
	WEIGHT("weight", false, "the measure's weight", "Weight", "Measure weight"),
	QUOTA("quota", false, "the measure's quota", "Quota", "Target", "Measure quota"),
	THRESHOLD("threshold", false, "the attainment below which nothing is paid", "Threshold"),
	ACCELERATOR("accelerator", false, "the accelerator (2x)", "Accelerator", "Accelerator rate"),
	ACCELERATOR_ABOVE("accelerator-above", false, "the attainment above which the accelerator pays", "Accelerator above", "Above"),
	CAP("cap", false, "the cap on attainment", "Cap");

	private final Spec spec;

	PlanColumn(String key, boolean required, String meaning, String... aliases) {
		this.spec = Spec.of(key, required, meaning, aliases);
	}

	@Override
	public Spec spec() {
		return spec;
	}
}
