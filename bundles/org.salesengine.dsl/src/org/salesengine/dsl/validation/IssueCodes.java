package org.salesengine.dsl.validation;

/**
 * The stable codes of every diagnostic. They are public API: CI configurations, SARIF consumers and quick fixes refer
 * to them, so a code is never renamed. {@link Rule} holds severity, pillar and rationale for each.
 */
public final class IssueCodes {
	private IssueCodes() {
	}

	// Reading the text
	public static final String SYNTAX = "syntax";
	public static final String INVALID_VALUE = "invalid-value";
	public static final String ENCODING = "encoding";
	public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
	public static final String DUPLICATE_NAME = "duplicate-name";
	public static final String DUPLICATE_SETTING = "duplicate-setting";
	public static final String MISPLACED_ELEMENT = "misplaced-element";
	public static final String INVALID_RULE_SETTING = "invalid-rule-setting";
	public static final String UNKNOWN_SCENARIO_PATH = "unknown-scenario-path";
	public static final String INVALID_SCENARIO_VALUE = "invalid-scenario-value";

	// Saved views
	public static final String UNKNOWN_REPRESENTATION = "unknown-representation";
	public static final String UNKNOWN_LAYER = "unknown-layer";
	public static final String UNKNOWN_ELEMENT_KIND = "unknown-element-kind";
	public static final String UNKNOWN_COLOR_BY = "unknown-color-by";
	public static final String VIEW_SHOWS_NOTHING = "view-shows-nothing";
	public static final String FOCUS_DEPTH_OUT_OF_RANGE = "focus-depth-out-of-range";

	// Strategy
	public static final String UNMEASURED_OBJECTIVE = "unmeasured-objective";
	public static final String COMPETING_PRIORITIES = "competing-priorities";
	public static final String INVALID_PERIOD = "invalid-period";
	public static final String UNKNOWN_CURRENCY = "unknown-currency";

	// Structure and processes
	public static final String CONVERSION_OUT_OF_RANGE = "conversion-out-of-range";
	public static final String PROCESS_WITHOUT_OUTCOME = "process-without-outcome";
	public static final String PROCESS_WITHOUT_STAGES = "process-without-stages";
	public static final String STAGE_WITHOUT_EXIT = "stage-without-exit";
	public static final String STAGE_WITHOUT_OWNER = "stage-without-owner";
	public static final String OWNER_OUTSIDE_COVERAGE = "owner-outside-coverage";
	public static final String REPORTING_CYCLE = "reporting-cycle";
	public static final String UNCOVERED_SEGMENT = "uncovered-segment";

	// Culture and behaviors
	public static final String UNREINFORCED_BEHAVIOR = "unreinforced-behavior";
	public static final String RITUAL_WITHOUT_KPI = "ritual-without-kpi";
	public static final String UNREVIEWED_KPI = "unreviewed-kpi";
	public static final String BEHAVIOR_ROLE_MISMATCH = "behavior-role-mismatch";

	// KPIs and metrics
	public static final String FORMULA_CYCLE = "formula-cycle";
	public static final String UNIT_MISMATCH = "unit-mismatch";
	public static final String ORPHAN_KPI = "orphan-kpi";
	public static final String NO_LEADING_INDICATOR = "no-leading-indicator";

	// Compensation
	public static final String WEIGHTS_NOT_100 = "weights-not-100";
	public static final String MIX_NOT_100 = "mix-not-100";
	public static final String INVALID_PAYOUT_CURVE = "invalid-payout-curve";
	public static final String QUOTA_ROLE_WITHOUT_PLAN = "quota-role-without-plan";
	public static final String TOO_MANY_MEASURES = "too-many-measures";
	public static final String TINY_WEIGHT = "tiny-weight";
	public static final String MEASURE_WITHOUT_QUOTA = "measure-without-quota";
	public static final String PAY_MIX_OUT_OF_BAND = "pay-mix-out-of-band";
	public static final String MULTIPLE_PLANS_FOR_ROLE = "multiple-plans-for-role";
	public static final String SPIF_OFF_PLAN = "spif-off-plan";
	public static final String SPIF_OUTSIDE_PERIOD = "spif-outside-period";

	// Cross-pillar alignment
	public static final String MISALIGNED_INCENTIVE = "misaligned-incentive";
	public static final String UNREWARDED_PRIORITY = "unrewarded-priority";
	public static final String QUOTA_UNDER_ASSIGNED = "quota-under-assigned";
	public static final String QUOTA_OVER_ASSIGNED = "quota-over-assigned";
	public static final String UNREWARDED_OBJECTIVE = "unrewarded-objective";
	public static final String COVERAGE_OVERLAP = "coverage-overlap";
	public static final String DEAD_ACCELERATOR = "dead-accelerator";
	public static final String CAPPED_BEFORE_TARGET = "capped-before-target";
	public static final String VALUE_UNIT_MISMATCH = "value-unit-mismatch";
	public static final String IMPLAUSIBLE_AMOUNT = "implausible-amount";
	public static final String PLAN_WITHOUT_ROLE = "plan-without-role";
	public static final String QUOTA_TO_OTE = "quota-to-ote";
	public static final String CAPACITY_SHORT = "capacity-short";

	// Capacity: ramp, hires, seasonality
	public static final String RAMP_OUT_OF_RANGE = "ramp-out-of-range";
	public static final String RAMP_DECREASING = "ramp-decreasing";
	public static final String HIRE_OUTSIDE_PERIOD = "hire-outside-period";
	public static final String HIRE_NOT_FIRST_OF_MONTH = "hire-not-first-of-month";
	public static final String SEASONALITY_NOT_100 = "seasonality-not-100";

	// The numbers: funnels, coverage, cost of sales, roll-ups
	public static final String FUNNEL_NOT_SIZED = "funnel-not-sized";
	public static final String TARGET_OUTSIDE_FUNNELS = "target-outside-funnels";
	public static final String ACTIVITY_CAPACITY_SHORT = "activity-capacity-short";
	public static final String KPI_UNDER_COVERED = "kpi-under-covered";
	public static final String KPI_OVER_COVERED = "kpi-over-covered";
	public static final String CCOS_OUT_OF_BAND = "ccos-out-of-band";
	public static final String ROLLUP_MISMATCH = "rollup-mismatch";

	// KPIs bound to the funnel
	public static final String KPI_BELOW_FUNNEL = "kpi-below-funnel";
	public static final String WIN_RATE_OFF_FUNNEL = "win-rate-off-funnel";
	public static final String PRODUCED_KPI_MISMATCH = "produced-kpi-mismatch";

	// Plan mechanics: tiers, quotas by period, draws
	public static final String TIERS_NOT_CONTIGUOUS = "tiers-not-contiguous";
	public static final String TARGET_PAYOUT_NOT_100 = "target-payout-not-100";
	public static final String DECELERATOR_ABOVE_TARGET = "decelerator-above-target";
	public static final String PERIOD_QUOTAS_MISMATCH = "period-quotas-mismatch";
	public static final String DRAW_LONGER_THAN_RAMP = "draw-longer-than-ramp";

	// Structure: team hierarchy, channels
	public static final String TEAM_CYCLE = "team-cycle";
	public static final String UNMANAGED_CHANNEL = "unmanaged-channel";
	public static final String UNMEASURED_CHANNEL = "unmeasured-channel";
	public static final String UNREVIEWED_CHANNEL = "unreviewed-channel";
}
