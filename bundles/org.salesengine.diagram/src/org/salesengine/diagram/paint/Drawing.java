package org.salesengine.diagram.paint;

/**
 * Anything that paints itself onto a {@link Canvas} at a known size: a laid-out diagram, a table. The SVG writer and
 * the PNG painter take a drawing, so every representation goes through the same two outputs.
 */
public interface Drawing {
	double width();

	double height();

	/** Paints the whole picture, from {@link Canvas#begin} to {@link Canvas#end}. */
	void paint(Canvas canvas);
}
