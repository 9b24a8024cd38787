package org.salesengine.dsl.validation;

import static org.eclipse.xtext.diagnostics.Severity.ERROR;
import static org.eclipse.xtext.diagnostics.Severity.WARNING;
import static org.salesengine.dsl.validation.Pillar.COMPENSATION;
import static org.salesengine.dsl.validation.Pillar.CROSS_PILLAR;
import static org.salesengine.dsl.validation.Pillar.CULTURE;
import static org.salesengine.dsl.validation.Pillar.METRICS;
import static org.salesengine.dsl.validation.Pillar.STRATEGY;
import static org.salesengine.dsl.validation.Pillar.STRUCTURE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.dsl.validation.RuleParameter.Shape;
import org.salesengine.dsl.validation.RuleParameter.Value;

/**
 * The rule catalogue: one entry per diagnostic code, with its severity, pillar, a one-line summary of when it fires
 * and the rationale practitioners would give. docs/rules.md, the SARIF rule list and the workbench's hover help are
 * generated from this table; severities are never read from anywhere else, so validation runs the same headless.
 */
public enum Rule {
	SYNTAX(IssueCodes.SYNTAX, ERROR, CROSS_PILLAR,
			"The text does not parse.",
			"Nothing else can be checked in a part of the file that cannot be read; the message says what was expected."),
	INVALID_VALUE(IssueCodes.INVALID_VALUE, ERROR, CROSS_PILLAR,
			"A value has the wrong form: a percentage without %, a date that does not exist, a number too large.",
			"A number read the wrong way (45 instead of 45%) silently corrupts every figure computed from it."),
	ENCODING(IssueCodes.ENCODING, ERROR, CROSS_PILLAR,
			"The file is not valid UTF-8.",
			"Bytes that are not text usually mean a wrong file or a broken merge; guessing would hide it."),
	UNRESOLVED_REFERENCE(IssueCodes.UNRESOLVED_REFERENCE, ERROR, CROSS_PILLAR,
			"A name refers to nothing in the engine.",
			"A link to nothing is a broken chain: the KPI, role or objective the design relies on does not exist."),
	DUPLICATE_NAME(IssueCodes.DUPLICATE_NAME, ERROR, CROSS_PILLAR,
			"Two elements of one engine share a name, in one file or across the engine's files.",
			"Every reference by that name becomes ambiguous; teams that split an engine over files collide here first."),
	MISPLACED_ELEMENT(IssueCodes.MISPLACED_ELEMENT, ERROR, CROSS_PILLAR,
			"An element is written in another section than its own (a KPI in the strategy section) or outside any section.",
			"Each pillar is read and reviewed in its own section: an element elsewhere is still checked, but the people who own that pillar do not find it there."),
	DUPLICATE_SETTING(IssueCodes.DUPLICATE_SETTING, ERROR, CROSS_PILLAR,
			"A property is given twice in one block, or two files of an engine disagree on its currency, period, revenue target or display name.",
			"Only one of the two values can count, and nobody can tell which one the author meant."),

	UNMEASURED_OBJECTIVE(IssueCodes.UNMEASURED_OBJECTIVE, WARNING, STRATEGY,
			"No KPI supports an objective.",
			"What is not measured is not managed: an objective without a KPI cannot be tracked, reviewed or paid on."),
	COMPETING_PRIORITIES(IssueCodes.COMPETING_PRIORITIES, WARNING, STRATEGY,
			"Two or more objectives share the same priority.",
			"When everything is priority 1 nothing is: reps resolve the tie themselves, usually toward the easier objective."),
	INVALID_PERIOD(IssueCodes.INVALID_PERIOD, ERROR, STRATEGY,
			"A period or SPIF window ends before it starts.",
			"Quotas, ramps and SPIFs are all measured against the period; a reversed one makes every figure meaningless."),
	UNKNOWN_CURRENCY(IssueCodes.UNKNOWN_CURRENCY, WARNING, STRATEGY,
			"The currency is not an ISO 4217 code.",
			"Amounts are only comparable across engines and finance systems when the currency is unambiguous."),

	CONVERSION_OUT_OF_RANGE(IssueCodes.CONVERSION_OUT_OF_RANGE, ERROR, STRUCTURE,
			"A stage conversion is not above 0% and at most 100%.",
			"A stage cannot convert more deals than enter it; the funnel math that sizes pipeline and capacity breaks."),
	PROCESS_WITHOUT_OUTCOME(IssueCodes.PROCESS_WITHOUT_OUTCOME, ERROR, STRUCTURE,
			"A process lacks a won or a lost outcome.",
			"Without both ends, win rate and cycle time cannot be defined, and deals linger in the pipeline forever."),
	PROCESS_WITHOUT_STAGES(IssueCodes.PROCESS_WITHOUT_STAGES, WARNING, STRUCTURE,
			"A process has no stages.",
			"A process without stages gives managers nothing to inspect and reps no definition of progress."),
	STAGE_WITHOUT_EXIT(IssueCodes.STAGE_WITHOUT_EXIT, WARNING, STRUCTURE,
			"A stage has no exit criterion.",
			"Without a verifiable exit criterion, stages reflect rep optimism and the forecast inherits it."),
	STAGE_WITHOUT_OWNER(IssueCodes.STAGE_WITHOUT_OWNER, WARNING, STRUCTURE,
			"A stage has no owner role.",
			"A stage nobody owns is where hand-offs drop deals."),
	OWNER_OUTSIDE_COVERAGE(IssueCodes.OWNER_OUTSIDE_COVERAGE, WARNING, STRUCTURE,
			"A stage's owner is not a lead or member of any team that covers the process's segment.",
			"The role asked to move these deals has no mandate in that segment: coverage and process disagree."),
	REPORTING_CYCLE(IssueCodes.REPORTING_CYCLE, ERROR, STRUCTURE,
			"Roles report to each other in a cycle.",
			"A reporting line that loops has no top: escalations, approvals and roll-ups never terminate."),
	UNCOVERED_SEGMENT(IssueCodes.UNCOVERED_SEGMENT, WARNING, STRUCTURE,
			"No team covers a segment.",
			"A segment in the strategy that no team covers is a market nobody is accountable for."),

	UNREINFORCED_BEHAVIOR(IssueCodes.UNREINFORCED_BEHAVIOR, WARNING, CULTURE,
			"A behavior has neither an indicator KPI nor a ritual that reinforces it.",
			"Expected behaviors that nobody observes or coaches fade within a quarter; they become posters, not habits."),
	RITUAL_WITHOUT_KPI(IssueCodes.RITUAL_WITHOUT_KPI, WARNING, CULTURE,
			"A ritual reviews no KPI.",
			"A meeting with no numbers to review drifts into status updates; rituals reinforce what they look at."),
	UNREVIEWED_KPI(IssueCodes.UNREVIEWED_KPI, WARNING, CULTURE,
			"A KPI that has a target or is paid on is reviewed in no ritual.",
			"A target nobody reviews is discovered missed at quarter end, when it is too late to coach."),
	BEHAVIOR_ROLE_MISMATCH(IssueCodes.BEHAVIOR_ROLE_MISMATCH, WARNING, CULTURE,
			"A behavior is expected during a stage that none of its roles owns.",
			"Asking one role to behave a certain way in a stage another role runs sets up conflict, not habit."),

	FORMULA_CYCLE(IssueCodes.FORMULA_CYCLE, ERROR, METRICS,
			"A KPI formula depends on itself, directly or through other KPIs.",
			"A circular definition has no value; dashboards built on it show whatever was computed last."),
	UNIT_MISMATCH(IssueCodes.UNIT_MISMATCH, ERROR, METRICS,
			"A formula adds or subtracts KPIs of different units, or its result differs from the KPI's declared unit.",
			"Adding euros to percentages yields a number with no meaning that still looks authoritative on a dashboard."),
	ORPHAN_KPI(IssueCodes.ORPHAN_KPI, WARNING, METRICS,
			"A KPI supports no objective and is used by no formula, measure, behavior, ritual, process or SPIF.",
			"Orphan metrics cost collection effort and attention while steering nothing."),
	NO_LEADING_INDICATOR(IssueCodes.NO_LEADING_INDICATOR, WARNING, METRICS,
			"An objective is supported only by lagging KPIs.",
			"Lagging KPIs report the result after the fact; without a leading one there is no early signal to act on."),

	WEIGHTS_NOT_100(IssueCodes.WEIGHTS_NOT_100, ERROR, COMPENSATION,
			"A plan's measure weights do not sum to 100%.",
			"Weights that do not add up change the real target incentive: reps are over- or under-paid at 100% attainment."),
	MIX_NOT_100(IssueCodes.MIX_NOT_100, ERROR, COMPENSATION,
			"A plan's pay mix does not sum to 100.",
			"The mix splits on-target earnings into base and incentive; if it does not add up, neither figure is defined."),
	INVALID_PAYOUT_CURVE(IssueCodes.INVALID_PAYOUT_CURVE, ERROR, COMPENSATION,
			"A measure's threshold is 100% or more, its cap is below 100% or below its threshold, or its accelerator is below 1x.",
			"Such a curve cannot pay the target incentive at 100% attainment, or punishes over-performance."),
	QUOTA_ROLE_WITHOUT_PLAN(IssueCodes.QUOTA_ROLE_WITHOUT_PLAN, ERROR, COMPENSATION,
			"A role that carries quota has no plan.",
			"A quota with no plan attached is a target with no consequence, and a payroll surprise later."),
	TOO_MANY_MEASURES(IssueCodes.TOO_MANY_MEASURES, WARNING, COMPENSATION,
			"A plan has more measures than the limit (3).",
			"Practice is at most three: beyond that, each measure is too small to change behavior and the plan is not understood.",
			RuleParameter.of("max", Shape.COUNT, "the most measures a plan may have", Value.of("3"),
					"Alexander Group: at least 80% of sales compensation plans use three or fewer measures.")),
	TINY_WEIGHT(IssueCodes.TINY_WEIGHT, WARNING, COMPENSATION,
			"A measure weighs less than the minimum (10%).",
			"A measure worth a few percent of incentive is ignored by reps but still costs administration and disputes.",
			RuleParameter.of("below", Shape.PERCENT, "the smallest weight a measure may have", Value.of("0.1"),
					"Common practice (no single public source): a measure under 10% of the incentive does not steer.")),
	MEASURE_WITHOUT_QUOTA(IssueCodes.MEASURE_WITHOUT_QUOTA, WARNING, COMPENSATION,
			"A measure has no quota and its KPI has no target.",
			"Without a quota there is no attainment to pay against; the payout is decided at payout time."),
	PAY_MIX_OUT_OF_BAND(IssueCodes.PAY_MIX_OUT_OF_BAND, WARNING, COMPENSATION,
			"A plan's incentive share is outside the band of its kind of role (individual quota carriers, leaders, overlays, others), by benchmark profile.",
			"Too little at risk does not steer; too much drives churn and short-term deals. What is usual depends on the role and the business model.",
			RuleParameter.byProfile("individual", Shape.PERCENT_RANGE, "incentive share of roles that carry an individual revenue quota (or are marked as carrying quota)",
					Map.of(Profile.SAAS, Value.range("0.3", "0.6"), Profile.INDUSTRIAL, Value.range("0.1", "0.35"),
							Profile.TRANSACTIONAL, Value.range("0.3", "0.5")),
					"The Bridge Group, SaaS AE Metrics: 50/50 is the most common account-executive mix. Industrial and transactional bands: common practice, no single public source."),
			RuleParameter.byProfile("leaders", Shape.PERCENT_RANGE, "incentive share of roles that lead a team or have reports",
					Map.of(Profile.SAAS, Value.range("0.2", "0.5"), Profile.INDUSTRIAL, Value.range("0.1", "0.35"),
							Profile.TRANSACTIONAL, Value.range("0.2", "0.45")),
					"Common practice (no single public source): first-line managers are usually paid 60/40 to 70/30."),
			RuleParameter.byProfile("overlays", Shape.PERCENT_RANGE, "incentive share of roles whose measures are all overlay or pooled",
					Map.of(Profile.SAAS, Value.range("0.15", "0.4"), Profile.INDUSTRIAL, Value.range("0.1", "0.3"),
							Profile.TRANSACTIONAL, Value.range("0.15", "0.4")),
					"Common practice (no single public source): sales engineers and other overlays are usually paid 70/30 to 80/20."),
			RuleParameter.of("others", Shape.PERCENT_RANGE, "incentive share of every other role", Value.range("0.1", "0.4"),
					"Common practice (no single public source).")),
	MULTIPLE_PLANS_FOR_ROLE(IssueCodes.MULTIPLE_PLANS_FOR_ROLE, WARNING, COMPENSATION,
			"A role has more than one plan.",
			"Two plans for one role double-pay or contradict each other; nobody knows which one a rep is on."),
	DEAD_ACCELERATOR(IssueCodes.DEAD_ACCELERATOR, WARNING, COMPENSATION,
			"A measure's accelerator starts at or above its cap, so it never pays.",
			"'accelerator 2x above 125% cap 120%' reads as a reward for over-performance, but the payout stops at 120%: the plan promises what it never pays, and reps find out at payout time."),
	CAPPED_BEFORE_TARGET(IssueCodes.CAPPED_BEFORE_TARGET, WARNING, COMPENSATION,
			"A measure's payout reaches its cap before 100% attainment (an accelerator that starts below quota).",
			"A rep who is capped before quota has no reason to reach it; the last stretch to the number is unpaid."),
	VALUE_UNIT_MISMATCH(IssueCodes.VALUE_UNIT_MISMATCH, ERROR, METRICS,
			"A quota or target is written in a form that does not fit its KPI's unit: a percent KPI without %, or a % on a count or currency KPI.",
			"'quota 92' on a percent KPI is read as 9,200%: every attainment and payout computed from it is off by a factor of a hundred."),
	IMPLAUSIBLE_AMOUNT(IssueCodes.IMPLAUSIBLE_AMOUNT, WARNING, METRICS,
			"A quota or target on a currency KPI is below a plausible amount (1,000 in the engine's currency): usually a missing k or M.",
			"A quota of 20 euros on new revenue is almost always 20k or 20M with the suffix forgotten.",
			RuleParameter.of("below", Shape.COUNT, "the smallest plausible amount of a currency quota or target",
					Value.of("1000"), "No public source: a safeguard against a forgotten k or M.")),
	PLAN_WITHOUT_ROLE(IssueCodes.PLAN_WITHOUT_ROLE, WARNING, COMPENSATION,
			"A plan names no role ('plan X for ROLE').",
			"A plan without a role pays nobody: its quotas count in no street quota and its cost in no budget."),
	QUOTA_TO_OTE(IssueCodes.QUOTA_TO_OTE, WARNING, COMPENSATION,
			"A plan's individual revenue quota divided by its on-target earnings is outside the band of the engine's profile.",
			"Quota and pay must be in proportion: a quota far above what the role earns is out of reach, one far below makes the role too expensive for what it sells.",
			RuleParameter.byProfile("band", Shape.MULTIPLE_RANGE, "individual revenue quota over on-target earnings, in times",
					Map.of(Profile.SAAS, Value.range("3", "12"), Profile.INDUSTRIAL, Value.range("5", "40"),
							Profile.TRANSACTIONAL, Value.range("3", "12")),
					"BenchSights: SaaS account executives' quotas average 4.8 times their on-target earnings; the band's ends, and the industrial and transactional bands, are common practice with no single public source.")),
	SPIF_OFF_PLAN(IssueCodes.SPIF_OFF_PLAN, WARNING, COMPENSATION,
			"A SPIF rewards a KPI that no plan measures.",
			"A SPIF should sharpen focus on what the plan already pays for; off-plan SPIFs pull effort away from it."),
	SPIF_OUTSIDE_PERIOD(IssueCodes.SPIF_OUTSIDE_PERIOD, WARNING, COMPENSATION,
			"A SPIF's window is not inside the engine's period.",
			"A SPIF outside the plan year is paid from a budget nobody planned."),

	MISALIGNED_INCENTIVE(IssueCodes.MISALIGNED_INCENTIVE, WARNING, CROSS_PILLAR,
			"A plan measure pays on a KPI that supports no objective.",
			"Paying for something the strategy does not ask for is the most expensive way to get the wrong behavior."),
	UNREWARDED_PRIORITY(IssueCodes.UNREWARDED_PRIORITY, WARNING, CROSS_PILLAR,
			"No plan of a quota-carrying role pays on a KPI that supports the priority-1 objective.",
			"Reps follow the money: a top objective that nobody is paid on loses to whatever is paid."),
	UNREWARDED_OBJECTIVE(IssueCodes.UNREWARDED_OBJECTIVE, Severity.INFO, CROSS_PILLAR,
			"No plan of a quota-carrying role pays on a KPI that supports an objective below priority 1.",
			"Not every objective needs pay behind it, but an objective nobody is paid on is one reps will trade away first; say so on purpose."),
	COVERAGE_OVERLAP(IssueCodes.COVERAGE_OVERLAP, WARNING, STRUCTURE,
			"Two teams cover the same segment and hold individual quota on the same KPI.",
			"Two teams asked to win the same customers fight over accounts and credit; decide who owns the customer, or make one side an overlay."),
	QUOTA_UNDER_ASSIGNED(IssueCodes.QUOTA_UNDER_ASSIGNED, WARNING, CROSS_PILLAR,
			"The nominal street quota (individual quotas x heads, hires counted in full, on the KPIs that measure the revenue target) is below the revenue target.",
			"If every rep hits quota and the company still misses its number, the gap has no owner."),
	QUOTA_OVER_ASSIGNED(IssueCodes.QUOTA_OVER_ASSIGNED, WARNING, CROSS_PILLAR,
			"The street quota is above the over-assignment limit (130%) of the revenue target.",
			"Some over-assignment covers attrition and misses; beyond about 130% quotas stop being credible and attainment collapses.",
			RuleParameter.of("above", Shape.PERCENT, "street quota over the revenue target beyond which quotas stop being credible",
					Value.of("1.3"), "Common practice (no single public source): sales leaders over-assign by 10-30%.")),

	CAPACITY_SHORT(IssueCodes.CAPACITY_SHORT, WARNING, CROSS_PILLAR,
			"The nominal street quota reaches the revenue target, but the effective one (after hires' start dates, ramp and attrition) does not.",
			"Quota on paper is not capacity: new hires sell from their first month at ramp productivity, and leavers take their quota with them. quota-under-assigned already covers a nominal shortfall."),
	RAMP_OUT_OF_RANGE(IssueCodes.RAMP_OUT_OF_RANGE, ERROR, STRUCTURE,
			"A value of a role's ramp schedule is outside 0% to 100%.",
			"A ramp is the share of a full head's quota a new hire sells; below 0% or above 100% it has no meaning and corrupts the capacity."),
	RAMP_DECREASING(IssueCodes.RAMP_DECREASING, ERROR, STRUCTURE,
			"A role's ramp schedule decreases from one period to the next.",
			"Productivity grows with tenure; a schedule that falls is almost always a typo (30% written for 60%)."),
	HIRE_OUTSIDE_PERIOD(IssueCodes.HIRE_OUTSIDE_PERIOD, ERROR, STRUCTURE,
			"A hire's date is outside the engine's period.",
			"A hire outside the period adds no capacity to it; counting it as a head inflates the street quota."),
	HIRE_NOT_FIRST_OF_MONTH(IssueCodes.HIRE_NOT_FIRST_OF_MONTH, ERROR, STRUCTURE,
			"A hire's date is not the first day of a month.",
			"Capacity is counted in whole calendar months from a hire's first month; a date inside a month hides whether that month counts."),
	SEASONALITY_NOT_100(IssueCodes.SEASONALITY_NOT_100, ERROR, STRATEGY,
			"The seasonality does not have exactly four values (one per quarter of the period) or they do not sum to 100%.",
			"Quarterly targets are the revenue target times each quarter's share; shares that do not add up lose or invent revenue."),

	FUNNEL_NOT_SIZED(IssueCodes.FUNNEL_NOT_SIZED, WARNING, STRUCTURE,
			"A process's funnel cannot be back-solved: it produces no KPI with a target, its KPI is a rate, it has no average deal, or a stage has no conversion.",
			"An unsized funnel leaves pipeline targets and activity capacity without a basis: nobody knows how many opportunities the target needs."),
	TARGET_OUTSIDE_FUNNELS(IssueCodes.TARGET_OUTSIDE_FUNNELS, WARNING, STRATEGY,
			"The targets of the currency KPIs the sized funnels produce, plus the run rate, add up to less than the revenue target.",
			"Revenue that no process is designed to bring in and no run rate explains is a hope, not a plan."),
	ACTIVITY_CAPACITY_SHORT(IssueCodes.ACTIVITY_CAPACITY_SHORT, WARNING, STRUCTURE,
			"Activity capacity (quota × heads on a count KPI) is below the volume the funnels need out of the stage it feeds.",
			"If the activity quotas are met and the funnel still starves, the target was never reachable from the top of the funnel."),
	KPI_UNDER_COVERED(IssueCodes.KPI_UNDER_COVERED, WARNING, METRICS,
			"Quota assigned on a KPI is below its target (individual quotas on it and on the KPIs its formula adds up add up; overlay and pooled quotas count once, the largest, only where no individual quota carries the KPI).",
			"If every quota on the KPI is met and the KPI still misses its target, the gap has no owner."),
	KPI_OVER_COVERED(IssueCodes.KPI_OVER_COVERED, WARNING, METRICS,
			"Quota assigned on a KPI is above the limit (130%) of its target.",
			"Quotas far above the target stop being credible: reps discount them and attainment collapses.",
			RuleParameter.of("above", Shape.PERCENT, "quota on a KPI over its target beyond which quotas stop being credible",
					Value.of("1.3"), "Common practice (no single public source): sales leaders over-assign by 10-30%.")),
	CCOS_OUT_OF_BAND(IssueCodes.CCOS_OUT_OF_BAND, WARNING, COMPENSATION,
			"Compensation cost of sales (total OTE at target ÷ revenue target) is outside the usual band of the profile.",
			"Above the band the plans cost more per unit of revenue than the business model sustains; below it the target is out of reach for the team or the pay will not hold good reps.",
			RuleParameter.byProfile("band", Shape.PERCENT_RANGE, "total OTE at target as a share of the revenue target",
					Map.of(Profile.SAAS, Value.range("0.1", "0.25"), Profile.INDUSTRIAL, Value.range("0.02", "0.1"),
							Profile.TRANSACTIONAL, Value.range("0.08", "0.2")),
					"Common practice, no single public source, for all three profiles.")),
	ROLLUP_MISMATCH(IssueCodes.ROLLUP_MISMATCH, WARNING, COMPENSATION,
			"A leader's overlay quota (heads × quota) is not matched by the individual quotas of the team below it: their sum is outside the band (100% to 120%) of the leader's number.",
			"Below 100% the leader's number is not covered even if every rep makes quota; far above, the leader is paid on much less than the team is asked to sell.",
			RuleParameter.of("band", Shape.PERCENT_RANGE, "the team's individual quotas as a share of the leader's overlay number",
					Value.range("1", "1.2"), "Common practice of over-assigning downward by 10-20%; no single public source.")),
	TIERS_NOT_CONTIGUOUS(IssueCodes.TIERS_NOT_CONTIGUOUS, ERROR, COMPENSATION,
			"A measure's tiers leave a gap or overlap: each tier must start where the one before ends, from 0% up to an open last tier ('2x above 125%').",
			"In a gap nothing is paid for real sales, in an overlap the same attainment is paid twice; either way the plan pays something else than what was agreed, and reps find the hole."),
	TARGET_PAYOUT_NOT_100(IssueCodes.TARGET_PAYOUT_NOT_100, WARNING, COMPENSATION,
			"A measure's payout curve does not pay 100% of its target incentive at 100% attainment.",
			"On-target earnings are the promise that a rep at quota earns the target incentive; a curve that pays more or less at quota breaks that promise and every cost at target computed from it."),
	DECELERATOR_ABOVE_TARGET(IssueCodes.DECELERATOR_ABOVE_TARGET, WARNING, COMPENSATION,
			"A tier paid below 1x covers attainment above 100%.",
			"Decelerators belong below quota, where they keep small deals from paying too much; above quota they tell the best reps to stop selling or to push deals into the next period."),
	PERIOD_QUOTAS_MISMATCH(IssueCodes.PERIOD_QUOTAS_MISMATCH, ERROR, COMPENSATION,
			"A measure's quotas by quarter or month do not add up to its quota, or are not one per quarter (or month) of the engine's period.",
			"The period quota is what street quota and coverage count, the quotas by period are what reps are paid on: when they differ, the plan pays against another number than the one the target was sized with."),
	DRAW_LONGER_THAN_RAMP(IssueCodes.DRAW_LONGER_THAN_RAMP, WARNING, COMPENSATION,
			"A plan's draw runs longer than its role's ramp.",
			"A draw carries a new rep until the territory pays; past the ramp it pays fully productive reps a guaranteed income and hides who is not selling."),
	TEAM_CYCLE(IssueCodes.TEAM_CYCLE, ERROR, STRUCTURE,
			"A team is within itself, through the teams it is in ('team A in B', 'team B in A').",
			"A hierarchy with a loop has no top: roll-ups, leadership and territory all go round in it."),
	UNMANAGED_CHANNEL(IssueCodes.UNMANAGED_CHANNEL, WARNING, STRUCTURE,
			"A channel is managed by no role.",
			"Partners nobody manages sell what suits them: a channel needs an owner who plans, enables and forecasts it."),
	UNMEASURED_CHANNEL(IssueCodes.UNMEASURED_CHANNEL, WARNING, METRICS,
			"No KPI measures a channel (a KPI measures it with 'channel NAME').",
			"What a channel sells is counted with everything else when no KPI separates it: its share of the target cannot be tracked or paid on."),
	UNREVIEWED_CHANNEL(IssueCodes.UNREVIEWED_CHANNEL, WARNING, CULTURE,
			"KPIs measure a channel, but no ritual reviews any of them.",
			"A channel's numbers that no meeting looks at drift for a quarter before anyone notices; it needs its place in a forecast call or business review."),

	KPI_BELOW_FUNNEL(IssueCodes.KPI_BELOW_FUNNEL, WARNING, METRICS,
			"A KPI bound to the funnel ('counts STAGE entries', 'sums STAGE exits amount') has a target below what the back-solved funnel needs at that stage.",
			"A leading KPI whose target is met while the funnel still starves plans the shortfall in: pipeline created at 120M against a 183.9M need misses the revenue target by design.",
			RuleParameter.of("below", Shape.PERCENT, "the bound KPI's target as a share of the funnel's need, below which it is short",
					Value.of("0.99"), "No public source: the funnel's own arithmetic, less 1% for a need written rounded (183.9M for 183.908M).")),
	WIN_RATE_OFF_FUNNEL(IssueCodes.WIN_RATE_OFF_FUNNEL, WARNING, METRICS,
			"A KPI bound as a process's win rate ('win rate of PROCESS') has a target outside the band around the funnel's win rate, the product of the process's stage conversions.",
			"The funnel's volumes are sized on the product of its conversions: a win-rate target above it asks for wins the funnel does not plan for, one below it says the conversions are not believed.",
			RuleParameter.of("band", Shape.PERCENT_RANGE, "the KPI's target as a share of the funnel's win rate",
					Value.range("0.95", "1.05"), "No public source: within 5% either way, a target is the funnel's rate rounded.")),
	PRODUCED_KPI_MISMATCH(IssueCodes.PRODUCED_KPI_MISMATCH, WARNING, STRUCTURE,
			"A process's funnel is sized from a KPI whose target is not that process's output: another process produces the same KPI, the KPI adds up one another process produces, or the KPI counts another stage than the deals the process wins.",
			"Each funnel is sized as if it alone won the whole target of the KPI it produces: two processes producing one KPI are sized for twice the target, and a KPI that counts an earlier stage is taken for deals won."),

	INVALID_RULE_SETTING(IssueCodes.INVALID_RULE_SETTING, ERROR, CROSS_PILLAR,
			"A rules section names a rule, parameter or profile that does not exist, gives a value of the wrong form, or configures a rule that cannot be configured.",
			"A setting that does not apply is silently ignored by most tools; here it is an error, so that a typo never leaves a rule at a severity nobody chose."),

	UNKNOWN_REPRESENTATION(IssueCodes.UNKNOWN_REPRESENTATION, ERROR, CROSS_PILLAR,
			"A saved view names a diagram or table that does not exist.",
			"A workshop view that draws nothing is found out in front of the client; the message names the representation that was meant."),
	UNKNOWN_LAYER(IssueCodes.UNKNOWN_LAYER, ERROR, CROSS_PILLAR,
			"A saved view shows a layer that is not one of the engine's sections (strategy, structure, culture, metrics, compensation).",
			"A misspelt layer would silently drop a whole section from the view, and the audience would never know it was meant to be there."),
	UNKNOWN_ELEMENT_KIND(IssueCodes.UNKNOWN_ELEMENT_KIND, ERROR, CROSS_PILLAR,
			"A saved view hides a kind of element that does not exist.",
			"A filter that filters nothing leaves in the elements the view was made to leave out; the message names the kind that was meant."),
	UNKNOWN_COLOR_BY(IssueCodes.UNKNOWN_COLOR_BY, ERROR, CROSS_PILLAR,
			"A saved view colours by something other than pillar, severity, signal or health.",
			"Colours carry the view's message (red where it breaks, white where it leads); an unknown colouring would fall back to pillars without a word."),
	VIEW_SHOWS_NOTHING(IssueCodes.VIEW_SHOWS_NOTHING, WARNING, CROSS_PILLAR,
			"A saved view shows no element: its layers and filters leave out every kind its representation draws, or every element it focuses on.",
			"An empty picture answers no question; usually a layer or a filter is one too many."),
	FOCUS_DEPTH_OUT_OF_RANGE(IssueCodes.FOCUS_DEPTH_OUT_OF_RANGE, ERROR, CROSS_PILLAR,
			"A saved view's focus depth is below 0 or above the limit (5).",
			"Depth 0 shows the focused elements alone; beyond a few links a focus reaches most of an engine and stops being a focus.",
			RuleParameter.of("most", Shape.COUNT, "the largest depth a focus may have",
					Value.of("5"), "None: the engine map's chains (behavior, KPI, objective; role, plan, KPI, objective) are at most five links long.")),
	UNKNOWN_SCENARIO_PATH(IssueCodes.UNKNOWN_SCENARIO_PATH, ERROR, CROSS_PILLAR,
			"A scenario sets a property of an element that does not exist, or a property the element does not have or a scenario cannot vary (only single numbers, enumerations and durations, and added hires).",
			"A what-if that silently changes nothing reads like an answer: the comparison would show the base engine under the scenario's name."),
	INVALID_SCENARIO_VALUE(IssueCodes.INVALID_SCENARIO_VALUE, ERROR, CROSS_PILLAR,
			"A scenario's value does not have the form the property takes where it is written (45 for a conversion instead of 45%, a word for a headcount).",
			"A scenario is read the way the engine is: a number read the wrong way would make every figure of the comparison wrong.");

	private static final Map<String, Rule> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

	/**
	 * The rules that read one element (its own properties and its own blocks) and nothing else. Every other rule reads
	 * the whole engine: links, reverse indexes, totals. A new rule reads the whole engine until it is listed here.
	 */
	private static final Set<Rule> ONE_ELEMENT = EnumSet.of(DUPLICATE_SETTING, MISPLACED_ELEMENT, INVALID_PERIOD,
			UNKNOWN_CURRENCY, CONVERSION_OUT_OF_RANGE, PROCESS_WITHOUT_OUTCOME, PROCESS_WITHOUT_STAGES, STAGE_WITHOUT_EXIT,
			STAGE_WITHOUT_OWNER, UNREINFORCED_BEHAVIOR, RITUAL_WITHOUT_KPI, WEIGHTS_NOT_100, MIX_NOT_100,
			INVALID_PAYOUT_CURVE, TOO_MANY_MEASURES, TINY_WEIGHT, INVALID_RULE_SETTING, DEAD_ACCELERATOR,
			CAPPED_BEFORE_TARGET, PLAN_WITHOUT_ROLE, RAMP_OUT_OF_RANGE, RAMP_DECREASING, HIRE_NOT_FIRST_OF_MONTH,
			SEASONALITY_NOT_100, UNKNOWN_REPRESENTATION, UNKNOWN_LAYER, UNKNOWN_ELEMENT_KIND, UNKNOWN_COLOR_BY,
			VIEW_SHOWS_NOTHING, FOCUS_DEPTH_OUT_OF_RANGE, TIERS_NOT_CONTIGUOUS,
			TARGET_PAYOUT_NOT_100, DECELERATOR_ABOVE_TARGET, UNMANAGED_CHANNEL);

	/**
	 * The subject that makes a rule's findings one cause, where it is not the element a finding is reported on: the
	 * KPI seven plans pay on, the cycle two KPIs are in, the name two elements share.
	 */
	private static final Map<Rule, CauseSubject> CAUSES = Map.ofEntries(
			Map.entry(MISALIGNED_INCENTIVE, CauseSubject.MEASURED_KPI),
			Map.entry(MEASURE_WITHOUT_QUOTA, CauseSubject.MEASURED_KPI),
			Map.entry(SPIF_OFF_PLAN, CauseSubject.REWARDED_KPI),
			Map.entry(MULTIPLE_PLANS_FOR_ROLE, CauseSubject.PLANNED_ROLE),
			Map.entry(FORMULA_CYCLE, CauseSubject.FORMULA_CYCLE),
			Map.entry(PRODUCED_KPI_MISMATCH, CauseSubject.PRODUCED_KPI),
			Map.entry(DUPLICATE_NAME, CauseSubject.DUPLICATED_NAME),
			Map.entry(OWNER_OUTSIDE_COVERAGE, CauseSubject.STAGE_OWNER),
			Map.entry(UNRESOLVED_REFERENCE, CauseSubject.LINK_TEXT));

	private final String code;
	private final Severity severity;
	private final Pillar pillar;
	private final String summary;
	private final String rationale;
	private final List<RuleParameter> parameters;

	Rule(String code, Severity severity, Pillar pillar, String summary, String rationale, RuleParameter... parameters) {
		this.code = code;
		this.severity = severity;
		this.pillar = pillar;
		this.summary = summary;
		this.rationale = rationale;
		this.parameters = List.of(parameters);
	}

	/** The rule's thresholds, which an engine may set in its rules section. */
	public List<RuleParameter> parameters() {
		return parameters;
	}

	/** The parameter of this name, or null. */
	public RuleParameter parameter(String name) {
		for (RuleParameter parameter : parameters) {
			if (parameter.name().equals(name)) {
				return parameter;
			}
		}
		return null;
	}

	/**
	 * Whether an engine or the command line may change the rule's severity. The parser's and the linker's findings
	 * are not, nor a scenario's path and value (read like the linker's and the parser's): text that cannot be read
	 * cannot be checked at any severity.
	 */
	public boolean configurable() {
		return this != SYNTAX && this != INVALID_VALUE && this != ENCODING && this != UNRESOLVED_REFERENCE
				&& this != UNKNOWN_SCENARIO_PATH && this != INVALID_SCENARIO_VALUE;
	}

	/**
	 * Whether the rule reads the whole engine, and so is silent while any file of the engine has a syntax error: text
	 * the parser skipped may hold the link, the KPI or the plan whose absence the rule would report. A rule that reads
	 * one element is silent only on an element whose own text has a syntax error.
	 */
	public boolean readsWholeEngine() {
		return !ONE_ELEMENT.contains(this) && configurable();
	}

	/** What the rule's findings share when they are one cause (see {@link CauseSubject}). */
	public CauseSubject cause() {
		return CAUSES.getOrDefault(this, CauseSubject.ELEMENT);
	}

	public String code() {
		return code;
	}

	public Severity severity() {
		return severity;
	}

	public Pillar pillar() {
		return pillar;
	}

	public String summary() {
		return summary;
	}

	public String rationale() {
		return rationale;
	}

	/** The rule with this code, or null for a code that is not ours. */
	public static Rule byCode(String code) {
		return code == null ? null : BY_CODE.get(code);
	}
}
