package org.salesengine.diagram.model;

/** A position in diagram coordinates: pixels at 100% zoom, origin top left, y growing downwards. */
public record Point(double x, double y) {
}
