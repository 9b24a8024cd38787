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
import org.salesengine.model.Objective;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.WholeEngine;

/**
 * Scores each pillar from the findings counted against it.
 * <ul>
 * <li>penalty of a finding = severity weight × priority factor; severity weight: error 20, warning 5, info 0;
 * priority factor: 1 + 1/p for the highest-priority objective (priority p) the finding touches, 1 when it touches
 * none with a priority. A finding on the priority-1 objective counts double, on priority 2 one and a half times.</li>
 * <li>penalty of a pillar = Σ of its findings' penalties;</li>
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

	/** The validator's findings are the only ones: the numbers' findings are catalogue rules too. */
	public static Health assess(WholeEngine engine, List<Finding> validatorFindings, List<FunnelLever> levers) {
		ElementIndex index = new ElementIndex(engine);
		ObjectiveReach reach = new ObjectiveReach(engine);
		Map<HealthPillar, List<ScoredFinding>> byPillar = new EnumMap<>(HealthPillar.class);
		for (HealthPillar pillar : HealthPillar.values()) {
			byPillar.put(pillar, new ArrayList<>());
		}
		for (Finding finding : validatorFindings) {
			score(finding, Origin.VALIDATOR, index, reach, byPillar);
		}
		List<PillarHealth> pillars = new ArrayList<>();
		byPillar.forEach((pillar, findings) -> {
			findings.sort(Comparator.comparingDouble(ScoredFinding::penalty).reversed()
					.thenComparing(f -> f.finding().severity()));
			double penalty = findings.stream().mapToDouble(ScoredFinding::penalty).sum();
			pillars.add(new PillarHealth(pillar, score(penalty), penalty, count(findings, "error"), count(findings, "warning"),
					count(findings, "info"), findings));
		});
		pillars.sort(Comparator.comparingInt(PillarHealth::score)
				.thenComparing(Comparator.comparingDouble(PillarHealth::penalty).reversed())
				.thenComparing(PillarHealth::pillar));
		return new Health(pillars, biggestShift(pillars.get(0), levers));
	}

	private static void score(Finding finding, Origin origin, ElementIndex index, ObjectiveReach reach,
			Map<HealthPillar, List<ScoredFinding>> byPillar) {
		EObject element = index.elementOf(finding.element(), finding.file(), finding.line());
		HealthPillar pillar = PillarMapping.ofCode(finding.code());
		if (pillar == null) {
			pillar = PillarMapping.ofElement(element);
		}
		Objective objective = reach.mostImportant(element);
		Integer priority = objective == null ? null : objective.getPriority();
		double penalty = severityWeight(finding) * priorityFactor(priority);
		byPillar.get(pillar).add(new ScoredFinding(finding, origin, objective == null ? null : objective.getName(), priority, penalty));
	}

	private static BiggestShift biggestShift(PillarHealth weakest, List<FunnelLever> levers) {
		if (weakest.penalty() > 0) {
			List<String> reasons = weakest.findings().stream().filter(f -> f.penalty() > 0).limit(REASONS)
					.map(f -> f.finding().message()).toList();
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
