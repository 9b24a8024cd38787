package org.salesengine.analysis.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.salesengine.analysis.ElementNames;
import org.salesengine.analysis.funnel.FunnelLever;
import org.salesengine.analysis.health.BiggestShift.Basis;
import org.salesengine.analysis.health.ScoredFinding.Origin;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.FindingCauses;
import org.salesengine.model.Objective;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/**
 * Scores each pillar from the root causes counted against it.
 * <ul>
 * <li>weight of a finding = severity weight × priority factor; severity weight: error 20, warning 5, info 0;
 * priority factor: 1 + 1/p for the highest-priority objective (priority p) the finding touches, 1 when it touches
 * none with a priority. A finding on the priority-1 objective counts double, on priority 2 one and a half times.</li>
 * <li>a cause is the findings of one rule on one subject ({@link org.salesengine.dsl.load.Finding#cause()}); it counts
 * once: penalty of a cause = its heaviest finding's weight × (1 + log2 n) for n findings, and never more than the sum
 * of their weights. One finding costs its weight, two up to twice it, seven 3.8 times, a hundred 7.6 times: a repeated
 * mistake weighs more the more of the engine it touches, but not as if it were many mistakes. Each finding carries the
 * share of its cause's penalty in proportion to its weight, so a pillar's findings still add up to its penalty;</li>
 * <li>penalty of a pillar = Σ of its causes' penalties;</li>
 * <li>score = 100 × 100 / (100 + penalty), rounded: 100 with no penalty, 50 at a penalty of 100 (five errors on
 * unprioritised elements), approaching 0 but never reaching it, so pillars keep their order however broken they
 * are.</li>
 * </ul>
 */
public final class HealthScoring {
	public static final double ERROR_WEIGHT = 20;
	public static final double WARNING_WEIGHT = 5;
	public static final double INFO_WEIGHT = 0;
	/** How many findings (or funnel levers) the biggest shift gives as reasons. */
	public static final int REASONS = 3;

	private HealthScoring() {
	}

	public static double severityWeight(Finding finding) {
		return switch (finding.severity()) {
			case ERROR -> ERROR_WEIGHT;
			case WARNING -> WARNING_WEIGHT;
			default -> INFO_WEIGHT;
		};
	}

	public static double priorityFactor(Integer priority) {
		return priority == null || priority < 1 ? 1 : 1 + 1.0 / priority;
	}

	public static int score(double penalty) {
		return (int) Math.round(100 * 100 / (100 + penalty));
	}

	/** Penalty of a cause of findings with these weights: max × (1 + log2 n), at most Σ. */
	public static double causePenalty(List<Double> weights) {
		double max = weights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
		return Math.min(sum, max * (1 + Math.log(weights.size()) / Math.log(2)));
	}

	/** The validator's findings are the only ones: the numbers' findings are catalogue rules too. */
	public static Health assess(WholeEngine engine, List<Finding> validatorFindings, List<FunnelLever> levers) {
		ElementIndex index = new ElementIndex(engine);
		ObjectiveReach reach = new ObjectiveReach(engine);
		Map<HealthPillar, List<List<ScoredFinding>>> byPillar = new EnumMap<>(HealthPillar.class);
		for (HealthPillar pillar : HealthPillar.values()) {
			byPillar.put(pillar, new ArrayList<>());
		}
		for (List<Finding> cause : FindingCauses.group(validatorFindings)) {
			List<ScoredFinding> weighed = cause.stream().map(f -> weigh(f, index, reach)).toList();
			// One rule, so one pillar, unless a hygiene finding's pillar depends on each instance's element: then the
			// cause counts where its first instance does.
			byPillar.get(pillar(cause.get(0), index)).add(weighed);
		}
		List<PillarHealth> pillars = new ArrayList<>();
		byPillar.forEach((pillar, weighedCauses) -> {
			List<ScoredCause> causes = new ArrayList<>();
			for (List<ScoredFinding> weighed : weighedCauses) {
				causes.add(cause(weighed));
			}
			causes.sort(Comparator.comparingDouble(ScoredCause::penalty).reversed()
					.thenComparing(c -> c.first().severity()));
			List<ScoredFinding> findings = new ArrayList<>();
			causes.forEach(c -> findings.addAll(c.findings()));
			findings.sort(Comparator.comparingDouble(ScoredFinding::penalty).reversed()
					.thenComparing(f -> f.finding().severity()));
			double penalty = causes.stream().mapToDouble(ScoredCause::penalty).sum();
			pillars.add(new PillarHealth(pillar, score(penalty), penalty, count(findings, "error"), count(findings, "warning"),
					count(findings, "info"), findings, causes));
		});
		pillars.sort(Comparator.comparingInt(PillarHealth::score)
				.thenComparing(Comparator.comparingDouble(PillarHealth::penalty).reversed())
				.thenComparing(PillarHealth::pillar));
		return new Health(pillars, biggestShift(pillars.get(0), levers));
	}

	private static HealthPillar pillar(Finding finding, ElementIndex index) {
		HealthPillar pillar = PillarMapping.ofCode(finding.code());
		return pillar != null ? pillar
				: PillarMapping.ofElement(index.elementOf(finding.element(), finding.file(), finding.line()));
	}

	/** A finding with its own weight as its penalty, before it is counted in its cause. */
	private static ScoredFinding weigh(Finding finding, ElementIndex index, ObjectiveReach reach) {
		EObject element = index.elementOf(finding.element(), finding.file(), finding.line());
		Objective objective = reach.mostImportant(element);
		Integer priority = objective == null ? null : objective.getPriority();
		double weight = severityWeight(finding) * priorityFactor(priority);
		return new ScoredFinding(finding, Origin.VALIDATOR, objective == null ? null : objective.getName(), priority, weight);
	}

	/** The cause's penalty, shared out over its findings in proportion to their weights. */
	private static ScoredCause cause(List<ScoredFinding> weighed) {
		List<Double> weights = weighed.stream().map(ScoredFinding::penalty).toList();
		double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
		double penalty = causePenalty(weights);
		List<ScoredFinding> shared = weighed.stream().map(f -> new ScoredFinding(f.finding(), f.origin(), f.objective(),
				f.priority(), sum == 0 ? 0 : penalty * f.penalty() / sum)).toList();
		ScoredFinding top = weighed.stream().filter(f -> f.priority() != null)
				.min(Comparator.comparingInt(ScoredFinding::priority)).orElse(null);
		return new ScoredCause(weighed.get(0).finding().cause(),
				FindingCauses.headline(weighed.stream().map(ScoredFinding::finding).toList()), shared,
				top == null ? null : top.objective(), top == null ? null : top.priority(), penalty);
	}

	private static BiggestShift biggestShift(PillarHealth weakest, List<FunnelLever> levers) {
		if (weakest.penalty() > 0) {
			List<String> reasons = weakest.causes().stream().filter(c -> c.penalty() > 0).limit(REASONS)
					.map(ScoredCause::headline).toList();
			String headline = "Strengthen " + weakest.pillar().label().toLowerCase(java.util.Locale.ROOT) + " first: it scores "
					+ weakest.score() + "/100, with " + plural(weakest.errors(), "error") + " and "
					+ plural(weakest.warnings(), "warning") + ".";
			return new BiggestShift(weakest.pillar(), Basis.FINDINGS, headline, reasons);
		}
		if (!levers.isEmpty()) {
			FunnelLever best = levers.get(0);
			String headline = "All four pillars are clean; the biggest shift left is conversion at stage "
					+ ElementNames.last(best.stage()) + " of process " + ElementNames.last(best.process())
					+ (best.owner() == null ? "." : ", owned by " + best.owner() + ".");
			List<String> reasons = levers.stream().limit(REASONS).map(HealthScoring::describe).toList();
			return new BiggestShift(HealthPillar.STRUCTURE_PROCESS, Basis.FUNNEL, headline, reasons);
		}
		return new BiggestShift(null, Basis.NONE, "All four pillars are clean and no funnel is sized: nothing stands out.", List.of());
	}

	/** "+5 points at Lead of NewBusiness (SDR, 40% → 45%): +33.33 deals, +1.5M NewARR". */
	public static String describe(FunnelLever lever) {
		String text = "+" + Amounts.grouped((lever.raisedConversion() - lever.conversion()) * 100, 1) + " points at "
				+ ElementNames.last(lever.stage()) + " of " + ElementNames.last(lever.process()) + " ("
				+ (lever.owner() == null ? "" : lever.owner() + ", ") + Amounts.percent(lever.conversion())
				+ " → " + Amounts.percent(lever.raisedConversion()) + "): +" + Amounts.volume(lever.extraDeals()) + " deals";
		return lever.extraBookings() == null ? text : text + ", +" + Amounts.brief(lever.extraBookings()) + " " + lever.kpi();
	}

	private static int count(List<ScoredFinding> findings, String severity) {
		return (int) findings.stream().filter(f -> f.finding().severityLabel().equals(severity)).count();
	}

	private static String plural(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

}
