package org.salesengine.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One sales region of a generated engine, modelled on the reference example: segments and two objectives, a manager
 * with SDRs, account executives and account managers (and sometimes solutions engineers), a new-business and a
 * renewal process, the behaviors and rituals that reinforce them, a dozen KPIs with formulas, and a pay plan per
 * role. Every number is drawn so that the region breaks no rule: weights add up to 100%, payout curves are sound,
 * every KPI with a target is reviewed, every stage owner belongs to a team covering the process's segment.
 */
final class Region {
	private static final String[][] SEGMENTS = {
			{ "MidMarket", "Mid-market, 200 to 2,000 employees" },
			{ "Enterprise", "Enterprise, over 2,000 employees" },
			{ "SmallBusiness", "Small business, under 200 employees" },
			{ "PublicSector", "Public sector and education" } };
	/** Name, owner (S = SDR, A = AE), exit criterion, whether it is always there. */
	private static final String[][] STAGES = {
			{ "Lead", "S", "ICP fit and first meeting booked", "always" },
			{ "Qualify", "S", "Budget, authority, need and timing confirmed on a call", "" },
			{ "Discovery", "A", "Pain, budget and champion confirmed", "always" },
			{ "Demo", "A", "Demo tailored to the use case delivered", "" },
			{ "Proposal", "A", "Mutual action plan signed off", "always" },
			{ "Negotiate", "A", "Commercial terms agreed", "always" },
			{ "Legal", "A", "Order form signed", "" } };
	/** Optional KPIs computed by formula: name, display name, unit, signal, objective (N = new logos, E = expansion, G = growth), formula. */
	private static final String[][] DERIVED_KPIS = {
			{ "AvgDeal", "Average new deal size", "currency", "lagging", "N", "NewARR / DealsWon" },
			{ "Coverage", "Pipeline coverage", "ratio", "leading", "N", "Pipeline / NewARR" },
			{ "ExpansionShare", "Share of ARR from expansion", "percent", "lagging", "E", "ExpansionARR / (NewARR + ExpansionARR)" },
			{ "TotalARR", "Total ARR", "currency", "lagging", "G", "NewARR + ExpansionARR" },
			{ "WeightedPipeline", "Win-rate weighted pipeline", "currency", "leading", "N", "Pipeline * WinRate" },
			{ "MeetingsPerWin", "First meetings per deal won", "ratio", "leading", "N", "Meetings / DealsWon" },
			{ "PipelinePerAE", "Pipeline per account executive", "currency", "leading", "N", "Pipeline / HEADCOUNT" } };

	private final String p;
	private final String label;
	private final String slug;
	private final int priority;

	private final List<String[]> segments = new ArrayList<>();
	private final int managers;
	private final int sdrs;
	private final int aes;
	private final int ams;
	private final int ses;
	private final int sdrRamp;
	private final int aeRamp;
	private final List<String[]> stages = new ArrayList<>();
	private final List<Integer> conversions = new ArrayList<>();
	private final List<Integer> durations = new ArrayList<>();
	private final int averageDealK;
	private final int renewalDealK;
	private final boolean successPlans;
	private final List<String[]> derived = new ArrayList<>();
	private final boolean fortnightlyForecast;
	private final int aeOteK;
	private final int aeIncentive;
	private final int aeQuotaK;
	private final int newArrWeight;
	private final int threshold;
	private final String accelerator;
	private final int cap;
	private final int sdrOteK;
	private final int sdrIncentive;
	private final int meetingsQuota;
	private final int amOteK;
	private final int amIncentive;
	private final int amQuotaK;
	private final int nrrTarget;
	private final int spifQuarter;
	private final boolean comment;
	/** Plan mechanics and structure, drawn from their own stream ({@link Extras}). */
	private final Extras extras;

	/**
	 * What real plans and organisations add, each drawn with its own probability: a tiered curve, quotas by quarter
	 * paid quarterly, a draw within the ramp, a clawback, an MBO, a SPIF paid as a share, a ritual led by two roles, a
	 * team within a team, a territory and a partner channel.
	 */
	private record Extras(boolean tiers, boolean quarterlyQuota, boolean periodQuotaToo, int drawMonths,
			boolean clawback, boolean mbo, boolean percentSpif, boolean twoLeaders, boolean nestedTeam, boolean territory,
			boolean channel) {
		static Extras draw(Random random, int aeRamp) {
			return new Extras(random.nextInt(3) == 0, random.nextInt(3) == 0, random.nextBoolean(),
					random.nextBoolean() ? 1 + random.nextInt(aeRamp) : 0, random.nextInt(3) == 0, random.nextInt(3) == 0,
					random.nextBoolean(), random.nextInt(3) == 0, random.nextInt(3) == 0, random.nextBoolean(),
					random.nextInt(3) == 0);
		}
	}

	Region(String name, String label, int priority, Random random, Random plans) {
		this.p = name + "_";
		this.label = label;
		this.slug = name.toLowerCase(java.util.Locale.ROOT);
		this.priority = priority;
		List<String[]> pool = new ArrayList<>(List.of(SEGMENTS));
		int segmentCount = 1 + random.nextInt(3);
		for (int i = 0; i < segmentCount; i++) {
			segments.add(pool.remove(random.nextInt(pool.size())));
		}
		managers = 1 + random.nextInt(4);
		sdrs = 3 + random.nextInt(13);
		aes = 4 + random.nextInt(17);
		ams = 2 + random.nextInt(7);
		ses = random.nextBoolean() ? 1 + random.nextInt(5) : 0;
		sdrRamp = 2 + random.nextInt(3);
		aeRamp = 4 + random.nextInt(5);
		for (String[] stage : STAGES) {
			if (!stage[3].isEmpty() || random.nextInt(10) < 4) {
				stages.add(stage);
				conversions.add(20 + random.nextInt(71));
				durations.add(5 + random.nextInt(41));
			}
		}
		averageDealK = 10 + 5 * random.nextInt(20);
		renewalDealK = 5 + 5 * random.nextInt(8);
		successPlans = random.nextBoolean();
		for (String[] kpi : DERIVED_KPIS) {
			if (random.nextBoolean()) {
				derived.add(kpi);
			}
		}
		fortnightlyForecast = random.nextInt(4) == 0;
		int drawnAeOteK = 100 + 10 * random.nextInt(9);
		aeIncentive = random.nextBoolean() ? 50 : 40;
		aeQuotaK = 500 + 50 * random.nextInt(21);
		// The draws stay as they were (the benchmarks' engines do not change shape); the pay is moved into the band of
		// quota-to-ote, so that a generated engine stays clean.
		aeOteK = plausibleOte(drawnAeOteK, aeQuotaK);
		newArrWeight = 60 + 10 * random.nextInt(4);
		threshold = 40 + 10 * random.nextInt(4);
		accelerator = random.nextBoolean() ? "2x" : "1.5x";
		cap = 200 + 50 * random.nextInt(3);
		sdrOteK = 55 + 5 * random.nextInt(6);
		sdrIncentive = random.nextBoolean() ? 30 : 25;
		int drawnMeetings = 120 + 10 * random.nextInt(10);
		int drawnAmOteK = 90 + 10 * random.nextInt(5);
		amIncentive = random.nextBoolean() ? 40 : 35;
		amQuotaK = 400 + 50 * random.nextInt(12);
		amOteK = plausibleOte(drawnAmOteK, amQuotaK);
		nrrTarget = 105 + random.nextInt(16);
		spifQuarter = random.nextInt(5); // 4: no SPIF
		comment = random.nextInt(3) == 0;
		extras = Extras.draw(plans, aeRamp);
		// The SDRs' meetings must cover what the funnel needs out of the last stage they own (activity-capacity-short);
		// raising the quota, not the headcount, keeps the cost of sales and every random draw as they were.
		meetingsQuota = Math.max(drawnMeetings, (int) Math.ceil(neededFromSdrs() / sdrs) + 1);
	}

	/** Deals the NewARR target needs, back through the stages after the SDRs' last one: what must leave that stage. */
	private double neededFromSdrs() {
		double needed = newArrTargetK() / (double) averageDealK;
		for (int i = stages.size() - 1; i >= 0 && !stages.get(i)[1].equals("S"); i--) {
			needed /= conversions.get(i) / 100.0;
		}
		return needed;
	}

	String slug() {
		return slug;
	}

	String label() {
		return label;
	}

	/** The drawn on-target earnings (thousands), moved to the nearest 10k that keeps quota ÷ OTE between 4 and 9. */
	static int plausibleOte(int drawnK, int quotaK) {
		int lowest = (quotaK / 9 + 9) / 10 * 10;
		int highest = quotaK / 4 / 10 * 10;
		return Math.max(lowest, Math.min(highest, drawnK));
	}

	/** Quota times headcount over the currency measures of quota-carrying roles, as the quota rules compute it. */
	long streetQuotaThousands() {
		return (long) aeQuotaK * aes + (long) amQuotaK * ams;
	}

	private long newArrTargetK() {
		return (long) aeQuotaK * aes * 9 / 10;
	}

	private long expansionTargetK() {
		return (long) amQuotaK * ams * 9 / 10;
	}

	private String segmentNames() {
		return String.join(", ", segments.stream().map(s -> p + s[0]).toList());
	}

	SourceText strategy() {
		SourceText out = new SourceText().open("strategy");
		out.open("objective " + p + "NewLogos \"Win new logos in " + label + "\"")
				.line("priority " + priority)
				.line("description \"Land new customers in " + label + " through the new-business team.\"")
				.close();
		out.open("objective " + p + "Expansion \"Grow the installed base in " + label + "\"").line("priority " + (priority + 1)).close();
		for (String[] segment : segments) {
			out.line("segment " + p + segment[0] + " \"" + segment[1] + ", " + label + "\"");
		}
		out.line("segment " + p + "Installed \"Installed base, " + label + "\"");
		return out.close();
	}

	SourceText structure(String topRole) {
		SourceText out = new SourceText().open("structure");
		out.line("role " + p + "Manager \"Sales manager, " + label + "\" { headcount " + managers + " reports to " + topRole + " }");
		out.line("role " + p + "SDR \"Sales development representative\" { headcount " + sdrs + " ramp " + sdrRamp
				+ " months reports to " + p + "Manager }");
		out.line("role " + p + "AE \"Account executive\" { headcount " + aes + " carries quota ramp " + aeRamp
				+ " months reports to " + p + "Manager }");
		out.line("role " + p + "AM \"Account manager\" { headcount " + ams + " carries quota reports to " + p + "Manager }");
		if (ses > 0) {
			out.line("role " + p + "SE \"Solutions engineer\" { headcount " + ses + " reports to " + p + "Manager }");
		}
		out.blank();
		String territory = extras.territory() ? " territory " + p + "Territory" : "";
		out.line("team " + p + "NewBusinessTeam \"New business, " + label + "\" { lead " + p + "Manager members " + p + "SDR, " + p
				+ "AE" + (ses > 0 ? ", " + p + "SE" : "") + " covers " + segmentNames() + territory + " }");
		out.line("team " + p + "GrowthTeam \"Growth, " + label + "\"" + (extras.nestedTeam() ? " in " + p + "NewBusinessTeam" : "")
				+ " { lead " + p + "Manager members " + p + "AM covers " + p + "Installed" + territory + " }");
		if (extras.territory()) {
			out.line("territory " + p + "Territory \"" + label + "\" { segments " + segmentNames() + ", " + p + "Installed }");
		}
		if (extras.channel()) {
			out.line("channel " + p + "Partners \"Partners, " + label + "\" { managed by " + p + "Manager covers "
					+ p + segments.get(0)[0] + " }");
		}
		out.blank();
		out.open("process " + p + "NewBusiness \"New business\" for " + segmentNames()
				+ (extras.channel() ? " through " + p + "Partners" : ""));
		out.line("produces " + p + "NewARR");
		if (extras.territory()) {
			out.line("territory " + p + "Territory");
		}
		out.line("average deal " + averageDealK + "k");
		for (int i = 0; i < stages.size(); i++) {
			String[] stage = stages.get(i);
			String owner = stage[1].equals("S") ? "SDR" : "AE";
			out.line("stage " + p + stage[0] + " { owner " + p + owner + " exit \"" + stage[2] + "\" conversion "
					+ conversions.get(i) + "% duration " + durations.get(i) + " days }");
		}
		out.line("won " + p + "Won");
		out.line("lost " + p + "Lost");
		out.close();
		out.open("process " + p + "Renewal \"Renewal and expansion\" for " + p + "Installed");
		out.line("produces " + p + "ExpansionARR");
		out.line("average deal " + renewalDealK + "k");
		out.line("stage " + p + "Review { owner " + p + "AM exit \"Success plan reviewed with the sponsor\" conversion 90% duration 30 days }");
		out.line("stage " + p + "Expand { owner " + p + "AM exit \"Expansion order signed\" conversion 60% duration 20 days }");
		out.line("won " + p + "Renewed");
		out.line("lost " + p + "Churned");
		out.close();
		return out.close();
	}

	SourceText culture() {
		SourceText out = new SourceText().open("culture");
		List<String> aeStages = stages.stream().filter(s -> s[1].equals("A")).map(s -> p + s[0]).toList();
		out.open("behavior " + p + "MultiThreading \"Engage three or more stakeholders in every deal\"")
				.line("expected of " + p + "AE")
				.line("during " + String.join(", ", aeStages.subList(0, Math.min(2, aeStages.size()))))
				.line("indicator " + p + "Stakeholders")
				.line("reinforced by " + p + "DealReview")
				.close();
		out.open("behavior " + p + "FastFollowUp \"Follow up on every inbound lead within one business day\"")
				.line("expected of " + p + "SDR")
				.line("during " + p + "Lead")
				.line("indicator " + p + "Meetings")
				.line("reinforced by " + p + "Standup")
				.close();
		if (successPlans) {
			out.open("behavior " + p + "SuccessPlans \"Review a written success plan with every sponsor\"")
					.line("expected of " + p + "AM")
					.line("during " + p + "Review")
					.line("indicator " + p + "NRR")
					.line("reinforced by " + p + "ForecastCall")
					.close();
		}
		List<String> dealReview = new ArrayList<>(List.of(p + "Pipeline", p + "WinRate", p + "Stakeholders"));
		if (derived.stream().anyMatch(k -> k[0].equals("Coverage"))) {
			dealReview.add(p + "Coverage");
		}
		out.open("ritual " + p + "DealReview \"Weekly deal review, " + label + "\"")
				.line("cadence weekly")
				.line("led by " + p + "Manager")
				.line("attended by " + p + "AE" + (ses > 0 ? ", " + p + "SE" : ""))
				.line("reviews " + String.join(", ", dealReview))
				.close();
		out.open("ritual " + p + "ForecastCall \"Forecast call, " + label + "\"")
				.line("cadence " + (fortnightlyForecast ? "fortnightly" : "weekly"))
				.line("led by " + p + "Manager" + (extras.twoLeaders() ? ", RevOps" : ""))
				.line("attended by " + p + "AE, " + p + "AM")
				.line("reviews " + p + "NewARR, " + p + "ExpansionARR, " + p + "ExpansionPipeline, " + p + "NRR"
						+ (extras.channel() ? ", " + p + "PartnerARR" : ""))
				.close();
		out.open("ritual " + p + "Standup \"Daily pipeline stand-up, " + label + "\"")
				.line("cadence daily")
				.line("led by " + p + "Manager")
				.line("attended by " + p + "SDR")
				.line("reviews " + p + "Meetings")
				.close();
		return out.close();
	}

	SourceText metrics(String companyObjective) {
		SourceText out = new SourceText().open("metrics");
		String newLogos = p + "NewLogos";
		String expansion = p + "Expansion";
		out.open("kpi " + p + "NewARR \"New annual recurring revenue\"")
				.line("unit currency lagging target " + Amount.ofThousands(newArrTargetK()) + " supports " + newLogos + ", "
						+ companyObjective + " owner " + p + "AE")
				.line("source \"CRM: closed-won opportunities, first-year ARR\"")
				.close();
		out.open("kpi " + p + "Pipeline \"Qualified pipeline created\"")
				.line("unit currency leading target " + Amount.ofThousands(3 * newArrTargetK()) + " supports " + newLogos
						+ " owner " + p + "AE")
				.close();
		out.line("kpi " + p + "DealsWon \"Deals won\" { unit count lagging }");
		out.line("kpi " + p + "DealsLost \"Deals lost\" { unit count lagging }");
		out.open("kpi " + p + "WinRate \"Win rate\"")
				.line("unit percent lagging target 25% supports " + newLogos)
				.line("formula " + p + "DealsWon / (" + p + "DealsWon + " + p + "DealsLost)")
				.close();
		out.open("kpi " + p + "Meetings \"First meetings booked\"")
				.line("unit count leading target " + (meetingsQuota * sdrs) + " supports " + newLogos + " owner " + p + "SDR")
				.close();
		out.open("kpi " + p + "Stakeholders \"Stakeholders engaged per open deal\"")
				.line("unit ratio leading target 3 supports " + newLogos)
				.close();
		out.open("kpi " + p + "NRR \"Net revenue retention\"");
		if (comment) {
			out.line("/* Finance recomputes it every quarter from the billing system. */");
		}
		out.line("unit percent lagging target " + nrrTarget + "% supports " + expansion + " owner " + p + "AM").close();
		out.open("kpi " + p + "ExpansionARR \"Expansion ARR\"")
				.line("unit currency lagging target " + Amount.ofThousands(expansionTargetK()) + " supports " + expansion
						+ " owner " + p + "AM")
				.close();
		out.open("kpi " + p + "ExpansionPipeline \"Expansion pipeline created\"")
				.line("unit currency leading target " + Amount.ofThousands(expansionTargetK() * 5 / 2) + " supports "
						+ expansion + " owner " + p + "AM")
				.close();
		if (extras.channel()) {
			out.open("kpi " + p + "PartnerARR \"Partner-sourced ARR\"")
					.line("unit currency lagging supports " + newLogos + " owner " + p + "Manager")
					.line("channel " + p + "Partners")
					.close();
		}
		for (String[] kpi : derived) {
			String objective = switch (kpi[4]) {
				case "N" -> newLogos;
				case "E" -> expansion;
				default -> companyObjective;
			};
			String formula = kpi[5].replace("HEADCOUNT", Integer.toString(aes)).replaceAll("([A-Z][A-Za-z]+)", p + "$1");
			String target = kpi[0].equals("Coverage") ? " target 3" : "";
			out.open("kpi " + p + kpi[0] + " \"" + kpi[1] + "\"")
					.line("unit " + kpi[2] + " " + kpi[3] + target + " supports " + objective)
					.line("formula " + formula)
					.close();
		}
		return out.close();
	}

	SourceText compensation() {
		SourceText out = new SourceText().open("compensation");
		out.open("plan " + p + "AEPlan \"Account executive plan, " + label + "\" for " + p + "AE")
				.line("on target earnings " + aeOteK + "k")
				.line("mix " + (100 - aeIncentive) + "/" + aeIncentive);
		if (extras.quarterlyQuota()) {
			out.line("payout quarterly");
		}
		if (extras.drawMonths() > 0) {
			out.line("draw 8k per month for " + extras.drawMonths() + (extras.drawMonths() == 1 ? " month" : " months")
					+ (extras.tiers() ? " non-recoverable" : " recoverable"));
		}
		if (extras.clawback()) {
			out.line("clawback 90 days on churn");
		}
		// Quarters of 20%, 25%, 25% and 30% of a quota that is a multiple of 50k: whole thousands that add up exactly.
		String quota = !extras.quarterlyQuota() ? "quota " + Amount.ofThousands(aeQuotaK)
				: (extras.periodQuotaToo() ? "quota " + Amount.ofThousands(aeQuotaK) + " " : "") + "quota "
						+ Amount.ofThousands(aeQuotaK / 5) + ", " + Amount.ofThousands(aeQuotaK / 4) + ", "
						+ Amount.ofThousands(aeQuotaK / 4) + ", " + Amount.ofThousands(aeQuotaK - aeQuotaK / 5 - 2 * (aeQuotaK / 4))
						+ " by quarter";
		String curve = extras.tiers() ? "tiers { 0.5x below 50%, 1.5x from 50% to 100%, " + accelerator + " above 100% }"
				: "accelerator " + accelerator + " above 100%";
		out.line("measure " + p + "NewARR weight " + newArrWeight + "% { " + quota + " threshold " + threshold + "% " + curve
				+ " cap " + cap + "% }");
		if (newArrWeight == 60) {
			out.line("measure " + p + "WinRate weight 20% { threshold 80% cap 150% }");
			out.line("measure " + p + "Pipeline weight 20% { threshold 50% cap 200% }");
		} else {
			out.line("measure " + p + "WinRate weight " + (100 - newArrWeight) + "% { threshold 80% cap 150% }");
		}
		out.close();
		out.open("plan " + p + "SDRPlan \"Sales development plan, " + label + "\" for " + p + "SDR")
				.line("on target earnings " + sdrOteK + "k")
				.line("mix " + (100 - sdrIncentive) + "/" + sdrIncentive)
				.line("measure " + p + "Meetings weight " + (extras.mbo() ? 90 : 100) + "% { quota " + meetingsQuota
						+ " threshold 50% accelerator 1.5x above 100% cap 200% }");
		if (extras.mbo()) {
			out.line("mbo " + p + "Enablement \"Enablement certification completed\" weight 10% { chance 80% }");
		}
		out.close();
		out.open("plan " + p + "AMPlan \"Account manager plan, " + label + "\" for " + p + "AM")
				.line("on target earnings " + amOteK + "k")
				.line("mix " + (100 - amIncentive) + "/" + amIncentive)
				.line("measure " + p + "ExpansionARR weight 60% { quota " + Amount.ofThousands(amQuotaK) + " threshold 50% cap 250% }")
				.line("measure " + p + "NRR weight 40% { quota " + nrrTarget + "% threshold 95% cap 150% }")
				.close();
		if (ses > 0) {
			out.open("plan " + p + "SEPlan \"Solutions engineer plan, " + label + "\" for " + p + "SE")
					.line("on target earnings 120k")
					.line("mix 80/20")
					.line("measure " + p + "NewARR weight 50%")
					.line("measure " + p + "WinRate weight 50%")
					.close();
		}
		if (spifQuarter < 4) {
			String[] from = { "01-01", "04-01", "07-01", "10-01" };
			String[] to = { "03-31", "06-30", "09-30", "12-31" };
			out.open("spif " + p + "MultiYear \"Multi-year deals, " + label + "\" for " + p + "AE")
					.line("rewards " + p + "NewARR")
					.line(extras.percentSpif() ? "bonus 2% of amount" : "bonus 2k per deal")
					.line("from 2027-" + from[spifQuarter] + " to 2027-" + to[spifQuarter])
					.close();
		}
		return out.close();
	}
}
