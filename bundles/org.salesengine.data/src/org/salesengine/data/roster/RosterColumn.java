package org.salesengine.data.roster;

import org.salesengine.data.columns.ColumnName;

/** The columns of a roster sheet (one row per role), read by {@code import --as structure}. */
public enum RosterColumn implements ColumnName {
	ROLE("role", true, "the role's name", "Role", "Role ID", "ID"),
	TITLE("title", false, "the role's display name", "Title", "Role name", "Display name", "Name"),
	HEADCOUNT("headcount", false, "the number of heads", "Headcount", "Heads", "FTE"),
	RAMP("ramp", false, "the ramp (months unless days are said)", "Ramp", "Ramp months", "Ramp (months)", "Ramp time"),
	QUOTA("quota", false, "whether the role carries quota (yes/no, or a quota amount)", "Quota", "Carries quota", "Quota carrying"),
	REPORTS_TO("reports-to", false, "the role it reports to", "Reports to", "Manager", "Manager role");

	private final Spec spec;

	RosterColumn(String key, boolean required, String meaning, String... aliases) {
		this.spec = Spec.of(key, required, meaning, aliases);
	}

	@Override
	public Spec spec() {
		return spec;
	}
}
