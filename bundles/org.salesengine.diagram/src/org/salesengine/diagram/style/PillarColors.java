package org.salesengine.diagram.style;

/**
 * A pillar's three tones: {@code strong} for outlines, edges and headings, {@code fill} for element boxes,
 * {@code wash} for the compartment background behind them.
 */
public record PillarColors(Rgb strong, Rgb fill, Rgb wash) {
}
