package org.salesengine.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.core.math.KVector;

/**
 * Moves one end of an orthogonal route together with the box it is attached to, keeping every segment horizontal or
 * vertical: the route ELK computed is kept, and only its part next to the moved box changes.
 * <ul>
 * <li><b>A small move</b> (the box stays in front of the first bend): the end moves with the box, and the first bend
 * moves across with it, so the first segment still leaves the box straight and the segment after the bend keeps its
 * line. A straight two-point route gets a step halfway between its ends.</li>
 * <li><b>A move past the first bend</b> (a box dragged sideways further than its column's edge lane): the lane of
 * the first bend moves out to a stub's length in front of the box, when the route goes on beyond it; otherwise the
 * route leaves the box with a straight stub and joins ELK's route with one orthogonal step (straight, then
 * orthogonal). That keeps the edge attached and orthogonal without routing it anew; it may run over ELK's route
 * for a short way, which reads as one line.</li>
 * </ul>
 * Routes are lists of points from the moved end to the other end, in one coordinate frame.
 */
final class EdgeEnds {
	/** The shortest straight run out of a box before a bend, so that an arrowhead or a tail stays readable. */
	static final double STUB = 12;
	private static final double EPSILON = 0.01;

	private EdgeEnds() {
	}

	/**
	 * The route with its first point moved by {@code delta}; {@code axis} is the direction the route leaves the box
	 * in (0: sideways, from its left or right side; 1: up or down), {@code outward} +1 for right or down, -1 for left
	 * or up. The input is not changed.
	 */
	static List<KVector> move(List<KVector> route, KVector delta, int axis, int outward) {
		KVector end = new KVector(route.get(0)).add(delta);
		List<KVector> moved = new ArrayList<>();
		moved.add(end);
		KVector next = route.get(1);
		if (route.size() == 2) {
			double middle = (get(end, axis) + get(next, axis)) / 2;
			if (Math.abs(get(next, 1 - axis) - get(end, 1 - axis)) < EPSILON) {
				moved.add(new KVector(next));
				return moved;
			}
			if ((middle - get(end, axis)) * outward >= STUB) {
				moved.add(point(axis, middle, get(end, 1 - axis)));
				moved.add(point(axis, middle, get(next, 1 - axis)));
				moved.add(new KVector(next));
				return moved;
			}
			return stubAndStep(route, end, axis, outward);
		}
		if ((get(next, axis) - get(end, axis)) * outward >= STUB) {
			moved.add(point(axis, get(next, axis), get(end, 1 - axis)));
			copy(route, 2, moved);
			return simplified(moved);
		}
		if (route.size() >= 4) {
			// The first bend's lane, moved out in front of the box, when the route goes on outward beyond it.
			KVector turn = route.get(2);
			KVector after = route.get(3);
			double lane = get(end, axis) + outward * STUB;
			boolean laneThenOn = Math.abs(get(turn, axis) - get(next, axis)) < EPSILON
					&& Math.abs(get(after, 1 - axis) - get(turn, 1 - axis)) < EPSILON;
			if (laneThenOn && (get(after, axis) - lane) * outward >= STUB) {
				moved.add(point(axis, lane, get(end, 1 - axis)));
				moved.add(point(axis, lane, get(turn, 1 - axis)));
				copy(route, 3, moved);
				return simplified(moved);
			}
		}
		return stubAndStep(route, end, axis, outward);
	}

	/** Out of the box by a stub, across to the line ELK's route left the box on, then along ELK's route. */
	private static List<KVector> stubAndStep(List<KVector> route, KVector end, int axis, int outward) {
		List<KVector> moved = new ArrayList<>();
		moved.add(end);
		double stub = get(end, axis) + outward * STUB;
		moved.add(point(axis, stub, get(end, 1 - axis)));
		moved.add(point(axis, stub, get(route.get(0), 1 - axis)));
		copy(route, 1, moved);
		return simplified(moved);
	}

	/** The route without repeated points and without points in the middle of a straight run. */
	static List<KVector> simplified(List<KVector> route) {
		List<KVector> kept = new ArrayList<>();
		for (KVector point : route) {
			if (!kept.isEmpty() && point.distance(kept.get(kept.size() - 1)) < EPSILON) {
				continue;
			}
			if (kept.size() >= 2) {
				KVector before = kept.get(kept.size() - 2);
				KVector last = kept.get(kept.size() - 1);
				boolean sameLine = Math.abs(before.x - last.x) < EPSILON && Math.abs(last.x - point.x) < EPSILON
						|| Math.abs(before.y - last.y) < EPSILON && Math.abs(last.y - point.y) < EPSILON;
				if (sameLine) {
					kept.remove(kept.size() - 1);
				}
			}
			kept.add(point);
		}
		return kept;
	}

	private static void copy(List<KVector> route, int from, List<KVector> into) {
		for (int i = from; i < route.size(); i++) {
			into.add(new KVector(route.get(i)));
		}
	}

	private static double get(KVector vector, int axis) {
		return axis == 0 ? vector.x : vector.y;
	}

	/** A point by its coordinate along {@code axis} and across it. */
	private static KVector point(int axis, double along, double across) {
		return axis == 0 ? new KVector(along, across) : new KVector(across, along);
	}
}
