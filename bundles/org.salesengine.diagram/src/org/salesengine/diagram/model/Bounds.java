package org.salesengine.diagram.model;

/** An axis-aligned rectangle in diagram coordinates. Before layout every shape has {@link #NONE}. */
public record Bounds(double x, double y, double width, double height) {
	public static final Bounds NONE = new Bounds(0, 0, 0, 0);

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	/** True when the interiors share area; rectangles that merely touch along an edge do not overlap. */
	public boolean overlaps(Bounds other) {
		return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
	}

	public boolean contains(Bounds other) {
		return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
	}

	/** True when the point lies strictly inside, not on the border: edges end on borders. */
	public boolean containsInside(Point point) {
		return point.x() > x && point.x() < right() && point.y() > y && point.y() < bottom();
	}

	public Bounds translate(double dx, double dy) {
		return new Bounds(x + dx, y + dy, width, height);
	}

	public Bounds grow(double margin) {
		return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}
}
