package org.salesengine.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesengine.model.Kpi;
import org.salesengine.model.engine.WholeEngine;

/**
 * KPIs whose formulas depend on themselves: the strongly connected components of the "formula refers to" graph
 * (Tarjan's algorithm, iterative so a chain of thousands of KPIs cannot overflow the stack), computed once per engine.
 */
final class FormulaCycles {
	private final Map<Kpi, Integer> component = new IdentityHashMap<>();
	private final Map<Integer, Set<Kpi>> members = new java.util.HashMap<>();
	private final Map<Kpi, List<Kpi>> inputs = new IdentityHashMap<>();

	FormulaCycles(WholeEngine engine) {
		this(engine.kpis());
	}

	private FormulaCycles(List<Kpi> kpis) {
		for (Kpi kpi : kpis) {
			inputs.put(kpi, WholeEngine.formulaInputs(kpi));
		}
		computeComponents(kpis);
	}

	/**
	 * The cycles among these KPIs and every KPI their formulas reach, in whichever file it is: for a finding's KPI
	 * when the whole engine is not at hand.
	 */
	static FormulaCycles around(List<Kpi> kpis) {
		Set<Kpi> reached = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Kpi> order = new ArrayList<>();
		Deque<Kpi> open = new ArrayDeque<>(kpis);
		while (!open.isEmpty()) {
			Kpi kpi = open.pop();
			if (reached.add(kpi)) {
				order.add(kpi);
				open.addAll(WholeEngine.formulaInputs(kpi));
			}
		}
		return new FormulaCycles(order);
	}

	/** The KPIs that depend on each other with this one (its cycle's members); empty when it is in no cycle. */
	Set<Kpi> componentOf(Kpi kpi) {
		Integer id = component.get(kpi);
		if (id == null || (members.get(id).size() == 1 && !inputs.getOrDefault(kpi, List.of()).contains(kpi))) {
			return Set.of();
		}
		return members.get(id);
	}

	/** A shortest cycle through this KPI, starting and ending with it; empty when the KPI is in no cycle. */
	List<Kpi> cycleThrough(Kpi kpi) {
		Integer id = component.get(kpi);
		if (id == null) {
			return List.of();
		}
		Set<Kpi> scc = members.get(id);
		boolean selfLoop = inputs.getOrDefault(kpi, List.of()).contains(kpi);
		if (scc.size() == 1 && !selfLoop) {
			return List.of();
		}
		if (selfLoop) {
			return List.of(kpi, kpi);
		}
		// Breadth-first inside the component, back to the start.
		Map<Kpi, Kpi> parent = new IdentityHashMap<>();
		Deque<Kpi> queue = new ArrayDeque<>();
		queue.add(kpi);
		while (!queue.isEmpty()) {
			Kpi current = queue.poll();
			for (Kpi next : inputs.getOrDefault(current, List.of())) {
				if (next == kpi) {
					List<Kpi> path = new ArrayList<>();
					path.add(kpi);
					for (Kpi step = current; step != kpi; step = parent.get(step)) {
						path.add(step);
					}
					path.add(kpi);
					Collections.reverse(path);
					return path;
				}
				if (scc.contains(next) && !parent.containsKey(next)) {
					parent.put(next, current);
					queue.add(next);
				}
			}
		}
		return List.of();
	}

	private void computeComponents(List<Kpi> kpis) {
		Map<Kpi, Integer> index = new IdentityHashMap<>();
		Map<Kpi, Integer> low = new IdentityHashMap<>();
		Set<Kpi> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Kpi> sccStack = new ArrayDeque<>();
		int counter = 0;
		int componentId = 0;
		for (Kpi start : kpis) {
			if (index.containsKey(start)) {
				continue;
			}
			// Each frame: the KPI and the position of the next input to visit.
			Deque<Object[]> work = new ArrayDeque<>();
			work.push(new Object[] { start, 0 });
			index.put(start, counter);
			low.put(start, counter++);
			sccStack.push(start);
			onStack.add(start);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				Kpi node = (Kpi) frame[0];
				List<Kpi> next = inputs.getOrDefault(node, List.of());
				int position = (Integer) frame[1];
				if (position < next.size()) {
					frame[1] = position + 1;
					Kpi child = next.get(position);
					if (!inputs.containsKey(child)) {
						continue; // a KPI of another engine or an unresolved one
					}
					if (!index.containsKey(child)) {
						index.put(child, counter);
						low.put(child, counter++);
						sccStack.push(child);
						onStack.add(child);
						work.push(new Object[] { child, 0 });
					} else if (onStack.contains(child)) {
						low.put(node, Math.min(low.get(node), index.get(child)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					Kpi parent = (Kpi) work.peek()[0];
					low.put(parent, Math.min(low.get(parent), low.get(node)));
				}
				if (low.get(node).equals(index.get(node))) {
					Set<Kpi> scc = Collections.newSetFromMap(new IdentityHashMap<>());
					Kpi member;
					do {
						member = sccStack.pop();
						onStack.remove(member);
						scc.add(member);
						component.put(member, componentId);
					} while (member != node);
					members.put(componentId++, scc);
				}
			}
		}
	}
}
