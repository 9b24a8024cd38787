package org.salesengine.diagram.model;

/** The role a piece of text plays; a theme turns it into a font, and text is measured with that font. */
public enum TextStyle {
	/** The diagram's heading. */
	TITLE,
	/** The line under the heading. */
	SUBTITLE,
	/** A compartment's heading: a pillar, or a process in the pipeline. */
	COMPARTMENT,
	/** An element's name, the first line of a node. */
	NAME,
	/** An element's display name or description. */
	TEXT,
	/** Figures and settings: units, targets, owners, weights. */
	DETAIL,
	/** The text of a placeholder for a missing element. */
	MISSING,
	/** A label on an edge, such as a measure's weight. */
	EDGE,
	/** The number inside a decoration badge. */
	BADGE,
	/** Legend and findings text under the diagram. */
	LEGEND,
	/** Headings of the legend and findings sections. */
	LEGEND_TITLE,
	/** The values along a chart's axes, and what a chart states beside its curve. */
	AXIS,
	/** What a scenario changes in an element: "Δ headcount 12 → 14". */
	CHANGE
}
