package org.salesengine.analysis.health;

import java.util.List;

/**
 * The engine's health per pillar.
 *
 * @param pillars all four, weakest first (lowest score; ties: larger penalty, then pillar order)
 */
public record Health(List<PillarHealth> pillars, BiggestShift biggestShift) {

	public Health {
		pillars = List.copyOf(pillars);
	}

	public PillarHealth pillar(HealthPillar pillar) {
		return pillars.stream().filter(p -> p.pillar() == pillar).findFirst().orElseThrow();
	}
}
