package org.salesengine.diagram.model;

/** How a node is laid out and drawn. */
public enum NodeKind {
	/** An element of the engine, drawn as a box with its labels. */
	ELEMENT,
	/** A group of nodes with a heading: a pillar of the engine map, a process of the pipeline. */
	COMPARTMENT,
	/** A placeholder for an element the design should have and lacks; the end of a missing link. */
	MISSING
}
