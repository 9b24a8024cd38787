package org.salesengine.report.advice;

import java.util.Map;
import java.util.Optional;

import org.salesengine.dsl.validation.IssueCodes;

/**
 * What to change when a rule fires, one sentence per rule code, for the report's findings. The catalogue
 * ({@code Rule}) says when a rule fires and why it matters; how to fix it is advice for the reader of a report, so it
 * lives here, next to the only place that prints it. A test checks that every rule of the catalogue has advice.
 */
public final class FixAdvice {
	private static final Map<String, String> ADVICE = Map.ofEntries(
			Map.entry(IssueCodes.SYNTAX, "Correct the text at the position given: the message lists the words that may come there."),
			Map.entry(IssueCodes.INVALID_VALUE, "Write the value in the form the message asks for: percentages with %, amounts as 45k or 1.1M, dates as 2027-01-31."),
			Map.entry(IssueCodes.ENCODING, "Save the file as UTF-8, or restore it from version control if it is not the file you meant."),
			Map.entry(IssueCodes.UNRESOLVED_REFERENCE, "Declare the element the name refers to, or correct the name to one that exists."),
			Map.entry(IssueCodes.DUPLICATE_NAME, "Rename one of the two elements and update the references to it."),
			Map.entry(IssueCodes.MISPLACED_ELEMENT, "Move the element into its own section (the quick fix in the workbench does it in one step)."),
			Map.entry(IssueCodes.DUPLICATE_SETTING, "Keep one of the two values and delete the other, in every file of the engine."),
			Map.entry(IssueCodes.UNMEASURED_OBJECTIVE, "Add a KPI that supports the objective ('supports' in the KPI), ideally one leading and one lagging."),
			Map.entry(IssueCodes.COMPETING_PRIORITIES, "Give each objective its own priority, so that reps know which one wins a trade-off."),
			Map.entry(IssueCodes.INVALID_PERIOD, "Swap or correct the dates so that the period starts before it ends."),
			Map.entry(IssueCodes.UNKNOWN_CURRENCY, "Use the three-letter ISO 4217 code of the currency (EUR, USD, GBP)."),
			Map.entry(IssueCodes.CONVERSION_OUT_OF_RANGE, "Set the stage's conversion to the share of deals that leave it forward, above 0% and at most 100%."),
			Map.entry(IssueCodes.PROCESS_WITHOUT_OUTCOME, "Add the missing 'won' or 'lost' outcome to the process."),
			Map.entry(IssueCodes.PROCESS_WITHOUT_STAGES, "Describe the process's stages, each with an owner, an exit criterion and a conversion."),
			Map.entry(IssueCodes.STAGE_WITHOUT_EXIT, "Write an exit criterion a manager can verify in the CRM (\"order form signed\", not \"customer interested\")."),
			Map.entry(IssueCodes.STAGE_WITHOUT_OWNER, "Name the role that owns the stage ('owner ROLE')."),
			Map.entry(IssueCodes.OWNER_OUTSIDE_COVERAGE, "Add the owner to a team that covers the process's segment, or give the stage to a role of such a team."),
			Map.entry(IssueCodes.REPORTING_CYCLE, "Break the cycle: one of the roles must report to someone outside it."),
			Map.entry(IssueCodes.UNCOVERED_SEGMENT, "Give a team the segment ('covers SEGMENT'), or drop the segment if nobody is meant to sell there."),
			Map.entry(IssueCodes.UNREINFORCED_BEHAVIOR, "Give the behavior an indicator KPI and a ritual that reinforces it, so that it is seen and coached."),
			Map.entry(IssueCodes.RITUAL_WITHOUT_KPI, "List the KPIs the ritual reviews ('reviews KPI, ...'), so that the meeting has numbers to look at."),
			Map.entry(IssueCodes.UNREVIEWED_KPI, "Add the KPI to the 'reviews' of a ritual whose attendees can move it."),
			Map.entry(IssueCodes.BEHAVIOR_ROLE_MISMATCH, "Expect the behavior of the role that owns the stage, or move it to a stage its roles own."),
			Map.entry(IssueCodes.FORMULA_CYCLE, "Rewrite one formula of the cycle in terms of KPIs that do not depend on it."),
			Map.entry(IssueCodes.UNIT_MISMATCH, "Make the formula's terms share a unit, or change the KPI's declared unit to what the formula gives."),
			Map.entry(IssueCodes.ORPHAN_KPI, "Link the KPI to an objective, a ritual or a plan, or delete it: a number nobody uses is noise."),
			Map.entry(IssueCodes.NO_LEADING_INDICATOR, "Add a leading KPI (pipeline, meetings, stage conversions) that supports the objective."),
			Map.entry(IssueCodes.WEIGHTS_NOT_100, "Adjust the measures' weights so that they add up to exactly 100%."),
			Map.entry(IssueCodes.MIX_NOT_100, "Adjust the pay mix so that base and incentive add up to 100 (50/50, 60/40, 70/30)."),
			Map.entry(IssueCodes.INVALID_PAYOUT_CURVE, "Put the threshold below 100%, the cap at or above 100% and above the threshold, and the accelerator at 1x or more."),
			Map.entry(IssueCodes.QUOTA_ROLE_WITHOUT_PLAN, "Write a plan for the role, or remove 'carries quota' if it does not."),
			Map.entry(IssueCodes.TOO_MANY_MEASURES, "Keep the three measures that matter most and fold the others into them or into a SPIF."),
			Map.entry(IssueCodes.TINY_WEIGHT, "Raise the measure's weight to at least the minimum, or drop the measure and move its weight to another."),
			Map.entry(IssueCodes.MEASURE_WITHOUT_QUOTA, "Give the measure a quota, or the KPI a target, so that attainment can be computed."),
			Map.entry(IssueCodes.PAY_MIX_OUT_OF_BAND, "Move the pay mix into the band of the role's kind, or set the band for your profile in the rules section."),
			Map.entry(IssueCodes.MULTIPLE_PLANS_FOR_ROLE, "Merge the plans into one per role, or split the role if its people really are paid differently."),
			Map.entry(IssueCodes.DEAD_ACCELERATOR, "Start the accelerator below the cap, or raise the cap, so that the accelerator pays something."),
			Map.entry(IssueCodes.CAPPED_BEFORE_TARGET, "Start the accelerator at or above 100% ('above 100%'), so that the cap is not reached below quota."),
			Map.entry(IssueCodes.VALUE_UNIT_MISMATCH, "Write the value in the KPI's unit: with % for a percent KPI, without for counts and amounts."),
			Map.entry(IssueCodes.IMPLAUSIBLE_AMOUNT, "Check the amount for a missing k or M (45 is 45, not 45k)."),
			Map.entry(IssueCodes.PLAN_WITHOUT_ROLE, "Say whom the plan pays: 'plan NAME for ROLE'."),
			Map.entry(IssueCodes.QUOTA_TO_OTE, "Bring quota and on-target earnings into the profile's ratio: raise one or lower the other."),
			Map.entry(IssueCodes.SPIF_OFF_PLAN, "Make the SPIF reward a KPI a plan measures, or add the KPI to the plan of the roles it targets."),
			Map.entry(IssueCodes.SPIF_OUTSIDE_PERIOD, "Move the SPIF's window inside the engine's period."),
			Map.entry(IssueCodes.MISALIGNED_INCENTIVE, "Link the measured KPI to the objective it serves ('supports'), or pay on a KPI that supports one."),
			Map.entry(IssueCodes.UNREWARDED_PRIORITY, "Add a measure on a KPI that supports the priority-1 objective to the plan of a quota-carrying role."),
			Map.entry(IssueCodes.UNREWARDED_OBJECTIVE, "Consider a measure or a SPIF on a KPI that supports the objective, if it needs more than attention."),
			Map.entry(IssueCodes.COVERAGE_OVERLAP, "Split the segment between the teams, or make one team's quota an overlay, so that a deal is credited once."),
			Map.entry(IssueCodes.QUOTA_UNDER_ASSIGNED, "Raise the quotas or the headcount until the street quota covers the revenue target, usually with 10-30% to spare."),
			Map.entry(IssueCodes.QUOTA_OVER_ASSIGNED, "Lower the quotas or the headcount: quotas far above the target are seen as unfair and are missed."),
			Map.entry(IssueCodes.CAPACITY_SHORT, "Hire earlier, shorten the ramp or plan for attrition: the capacity waterfall shows which costs most."),
			Map.entry(IssueCodes.RAMP_OUT_OF_RANGE, "Keep every value of the ramp schedule between 0% and 100%."),
			Map.entry(IssueCodes.RAMP_DECREASING, "Make the ramp schedule rise or stay level from one period to the next."),
			Map.entry(IssueCodes.HIRE_OUTSIDE_PERIOD, "Date the hire inside the engine's period, or drop it from this period's plan."),
			Map.entry(IssueCodes.HIRE_NOT_FIRST_OF_MONTH, "Date the hire on the first day of its month: capacity is counted in whole months."),
			Map.entry(IssueCodes.SEASONALITY_NOT_100, "Give four quarterly shares that add up to 100%."),
			Map.entry(IssueCodes.FUNNEL_NOT_SIZED, "Give the process what sizing needs: a KPI with a target it produces, an average deal and a conversion per stage."),
			Map.entry(IssueCodes.TARGET_OUTSIDE_FUNNELS, "Add the process that brings in the missing revenue, or state it as a run rate with its reason."),
			Map.entry(IssueCodes.ACTIVITY_CAPACITY_SHORT, "Raise the activity quota or the headcount of the role until it covers what the funnel needs."),
			Map.entry(IssueCodes.KPI_UNDER_COVERED, "Assign quota on the KPI until it covers the target: more heads, higher quotas, or a lower target."),
			Map.entry(IssueCodes.KPI_OVER_COVERED, "Lower the quotas on the KPI towards its target, or raise the target if the quotas are right."),
			Map.entry(IssueCodes.CCOS_OUT_OF_BAND, "Bring total on-target earnings into the band of the revenue target: fewer heads, other OTEs, or a profile that fits."),
			Map.entry(IssueCodes.ROLLUP_MISMATCH, "Set the leader's overlay to what the team below carries, within the band, or adjust the team's quotas."),
			Map.entry(IssueCodes.KPI_BELOW_FUNNEL, "Raise the KPI's target to what the funnel needs at its stage, or improve the conversions after it."),
			Map.entry(IssueCodes.WIN_RATE_OFF_FUNNEL, "Make the win-rate KPI's target match the funnel's conversions, or correct the stages' conversions."),
			Map.entry(IssueCodes.PRODUCED_KPI_MISMATCH, "Align the KPI's target with what the stage it counts produces, or correct the stage's volume or conversion."),
			Map.entry(IssueCodes.UNKNOWN_REPRESENTATION, "Name one of the representations the message lists (a diagram or a table)."),
			Map.entry(IssueCodes.UNKNOWN_LAYER, "Name one of the layers the message lists: strategy, structure, culture, metrics or compensation."),
			Map.entry(IssueCodes.UNKNOWN_ELEMENT_KIND, "Name an element kind the message lists, such as role, team or ritual."),
			Map.entry(IssueCodes.UNKNOWN_COLOR_BY, "Colour by one of the choices the message lists: pillar, severity, signal or health."),
			Map.entry(IssueCodes.VIEW_SHOWS_NOTHING, "Show at least one layer, hide fewer kinds, or focus on an element the representation draws."),
			Map.entry(IssueCodes.FOCUS_DEPTH_OUT_OF_RANGE, "Use a focus depth the message allows; depth 1 or 2 answers most questions."),
			Map.entry(IssueCodes.TIERS_NOT_CONTIGUOUS, "Make each tier start where the one before ends, from 0% up to an open last tier ('2x above 125%')."),
			Map.entry(IssueCodes.TARGET_PAYOUT_NOT_100, "Change the tiers' rates below 100% so that they add up to 1x at quota, or say why the plan pays otherwise at target."),
			Map.entry(IssueCodes.DECELERATOR_ABOVE_TARGET, "Pay at least 1x above quota: move the decelerator below 100% or raise its rate."),
			Map.entry(IssueCodes.PERIOD_QUOTAS_MISMATCH, "Give one quota per quarter (or month) and make them add up to the measure's quota."),
			Map.entry(IssueCodes.DRAW_LONGER_THAN_RAMP, "Shorten the draw to the role's ramp, or lengthen the ramp if new reps really need longer."),
			Map.entry(IssueCodes.TEAM_CYCLE, "Break the loop: one of the teams must be in a team outside it, or at the top."),
			Map.entry(IssueCodes.UNMANAGED_CHANNEL, "Name the role that manages the channel ('managed by ROLE')."),
			Map.entry(IssueCodes.UNMEASURED_CHANNEL, "Add a KPI for what the channel sells ('channel NAME' in the KPI)."),
			Map.entry(IssueCodes.UNREVIEWED_CHANNEL, "Add the channel's KPIs to the 'reviews' of a ritual, such as a partner business review."),
			Map.entry(IssueCodes.UNKNOWN_SCENARIO_PATH, "Write the path as ELEMENT.PROPERTY with a property the element has (the message suggests the nearest one)."),
			Map.entry(IssueCodes.INVALID_SCENARIO_VALUE, "Write the value as the property takes it elsewhere in the engine: 45% for a conversion, 1.2M for an amount, 4 months for a ramp."),
			Map.entry(IssueCodes.INVALID_RULE_SETTING, "Use a rule code, parameter and profile from the catalogue (salesengine rules), with a value of the right form."));

	private FixAdvice() {
	}

	/** The advice for a rule code; empty for a code the catalogue does not know. */
	public static Optional<String> of(String code) {
		return Optional.ofNullable(ADVICE.get(code));
	}
}
