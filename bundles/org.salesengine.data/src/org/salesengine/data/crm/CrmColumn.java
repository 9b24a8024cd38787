package org.salesengine.data.crm;

import org.salesengine.data.columns.ColumnName;

/**
 * The columns of a CRM opportunity export. The aliases cover Salesforce's default exports (the Opportunities report:
 * "Opportunity ID", "Stage", "Created Date", "Close Date", "Won", "Closed", "Type"; Data Loader's API names: Id,
 * StageName, CreatedDate, CloseDate, IsWon, IsClosed) and HubSpot's deal export ("Record ID", "Deal Stage", "Create
 * Date", "Close Date", "Pipeline", "Is Closed Won"), plus the names of {@code salesengine generate-crm}'s exports.
 */
public enum CrmColumn implements ColumnName {
	ID("id", false, "the opportunity's id", "Opportunity ID", "Record ID", "Id", "Deal ID"),
	CREATED("created", true, "the date the opportunity was created", "Created Date", "Create Date", "CreatedDate", "Created"),
	CLOSED("closed", false, "the close date", "Close Date", "CloseDate", "Closed Date"),
	AMOUNT("amount", false, "the amount", "Amount", "Deal amount", "Amount (company currency)"),
	STAGE("stage", false, "the current stage (or the won or lost stage)", "Stage", "StageName", "Deal Stage", "Stage name"),
	STAGE_REACHED("stage-reached", false, "the furthest stage the opportunity reached", "Stage Reached", "Furthest Stage", "Last Stage", "Lost Stage"),
	STAGE_HISTORY("stage-history", false, "the stages entered, with dates: Lead 2027-01-04; Discovery 2027-01-20", "Stage History"),
	OUTCOME("outcome", false, "won, lost or open", "Outcome", "Won", "IsWon", "Is Closed Won", "Closed Won"),
	IS_CLOSED("is-closed", false, "whether the opportunity is closed", "Closed", "IsClosed", "Is Closed"),
	OWNER_ROLE("owner-role", false, "the owner's role", "Owner Role", "Opportunity Owner Role", "Deal owner role"),
	SEGMENT("segment", false, "the segment", "Segment", "Customer Segment", "Account Segment"),
	PROCESS("process", false, "the process (pipeline, or type of opportunity)", "Process", "Pipeline", "Type", "Opportunity Type", "Deal Type");

	private final Spec spec;

	CrmColumn(String key, boolean required, String meaning, String... aliases) {
		this.spec = Spec.of(key, required, meaning, aliases);
	}

	@Override
	public Spec spec() {
		return spec;
	}
}
