package org.salesengine.diagram.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.Finding;

/**
 * What a view colours element boxes by, as style classes the theme paints and the SVG carries
 * ({@code severity-error}, {@code signal-leading}, {@code health-poor}), with the legend entries that explain them.
 * Pillar colouring adds nothing: it is what the boxes' pillar classes already give.
 */
public final class Colouring {
	public static final String PILLAR = "pillar";
	public static final String SEVERITY = "severity";
	public static final String SIGNAL = "signal";
	public static final String HEALTH = "health";

	/** A pillar score at or above this reads as good, at or above {@link #FAIR} as fair, else poor (docs/views.md). */
	public static final int GOOD = 80;
	public static final int FAIR = 50;

	public static final Colouring BY_PILLAR = new Colouring(PILLAR, Map.of());

	private final String by;
	private final Map<EnginePillar, Integer> health;

	private Colouring(String by, Map<EnginePillar, Integer> health) {
		this.by = by;
		this.health = Map.copyOf(health);
	}

	/**
	 * @param health the analysis's pillar scores (0 to 100); the diagram bundle does not compute them, whoever has
	 *               the analysis passes them in. A pillar without a score is coloured as unscored.
	 */
	public static Colouring of(String by, Map<EnginePillar, Integer> health) {
		return new Colouring(by == null ? PILLAR : by, health);
	}

	public String by() {
		return by;
	}

	/** The classes an element box gets, given its own classes and the findings shown on it. */
	public List<String> classesFor(List<String> classes, List<Finding> findings) {
		return switch (by) {
			case SEVERITY -> List.of(findings.stream().anyMatch(Finding::isError) ? "severity-error"
					: findings.isEmpty() ? "severity-clean" : "severity-warning");
			case SIGNAL -> List.of(classes.contains(Theme.LEADING) ? "signal-leading" : classes.contains(Theme.LAGGING) ? "signal-lagging" : "signal-none");
			case HEALTH -> List.of("health-" + band(Theme.pillarOf(classes)));
			default -> List.of();
		};
	}

	private String band(EnginePillar pillar) {
		Integer score = pillar == null ? null : health.get(pillar);
		if (score == null) {
			return "unscored";
		}
		return score >= GOOD ? "good" : score >= FAIR ? "fair" : "poor";
	}

	/**
	 * The legend's samples for this colouring; empty for pillar colouring, whose legend is the pillars themselves.
	 * Health lists the scores of the pillars drawn only.
	 */
	public List<LegendEntry> legend(Set<EnginePillar> drawn) {
		List<LegendEntry> entries = new ArrayList<>();
		switch (by) {
			case SEVERITY -> {
				entries.add(LegendEntry.element(List.of("severity-error"), "colour: an error on the element"));
				entries.add(LegendEntry.element(List.of("severity-warning"), "colour: warnings, no error"));
				entries.add(LegendEntry.element(List.of("severity-clean"), "colour: no finding"));
			}
			case SIGNAL -> {
				entries.add(LegendEntry.element(List.of("signal-leading"), "colour: leading KPI"));
				entries.add(LegendEntry.element(List.of("signal-lagging"), "colour: lagging KPI"));
				entries.add(LegendEntry.element(List.of("signal-none"), "colour: not a KPI, or no signal given"));
			}
			case HEALTH -> {
				for (EnginePillar pillar : EnginePillar.values()) {
					if (!drawn.contains(pillar)) {
						continue;
					}
					Integer score = health.get(pillar);
					entries.add(LegendEntry.element(List.of(pillar.styleClass(), "health-" + band(pillar)),
							"colour: " + pillar.title() + " health " + (score == null ? "not scored" : score + " of 100")));
				}
			}
			default -> {
			}
		}
		return entries;
	}
}
