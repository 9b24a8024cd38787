package org.salesengine.table.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.analysis.scenario.ScenarioChange;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * What a diagram or a table of a scenario marks: its changes, for {@code render} and {@code table --scenario}, the
 * workbench and the language server. It lives here because it needs both the analysis (which applies scenarios) and
 * the diagrams (which mark them), and the diagram bundle may not require the analysis; this is the lowest bundle that
 * all four callers already require.
 */
public final class ScenarioDrawing {
	private ScenarioDrawing() {
	}

	public static ScenarioMarks marks(ScenarioEngine run) {
		Map<String, EObject> elements = elementsById(run);
		List<ScenarioMarks.Change> changes = run.changes().stream()
				.map(change -> new ScenarioMarks.Change(change.element(), nearby(change, elements.get(change.element())), change.path(),
						change.before(), change.after()))
				.toList();
		return new ScenarioMarks(run.name(), changes);
	}

	/**
	 * Where a diagram without a box for the changed element marks it, nearest first. A stage's and a measure's path
	 * names its process or plan ({@code NewBusiness.Lead.conversion}): two processes may have stages of one name, so
	 * their ids alone do not say which. Another element held by a named element: that one. A measure: then its KPI.
	 */
	private static List<String> nearby(ScenarioChange change, EObject element) {
		List<String> nearby = new ArrayList<>();
		String[] segments = change.path().split("\\.");
		if (segments.length >= 3) {
			nearby.add(change.element().substring(0, change.element().indexOf('.')) + "." + segments[0]);
		} else if (element != null && !(element instanceof Engine) && element.eContainer() instanceof NamedElement holder
				&& !(holder instanceof Engine)) {
			nearby.add(ElementIds.of(holder));
		}
		if (element instanceof Measure measure && WholeEngine.resolved(measure.getKpi())) {
			nearby.add(ElementIds.of(measure.getKpi()));
		}
		return nearby;
	}

	private static Map<String, EObject> elementsById(ScenarioEngine run) {
		Map<String, EObject> elements = new HashMap<>();
		for (Engine fragment : run.engine().fragments()) {
			for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof NamedElement || element instanceof Measure) {
					elements.putIfAbsent(ElementIds.of(element), element);
				}
			}
		}
		return elements;
	}
}
