package org.salesengine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Outcome;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.ElementKinds;
import org.salesengine.model.engine.WholeEngine;

/**
 * The engine's elements by the names users write: {@code SDR}, {@code NewBusiness.Lead} for a stage (or just
 * {@code Lead} where no other process has one), {@code AEPlan.NewARR} for a measure. Names are unique per engine;
 * stages and outcomes are named within their process.
 */
final class Names {
	private Names() {
	}

	/** The element of that name, or a refusal that says there is none or that the name is ambiguous. */
	static EObject find(WholeEngine engine, String name) throws Refusal {
		int dot = name.indexOf('.');
		if (dot > 0) {
			EObject parent = find(engine, name.substring(0, dot));
			String child = name.substring(dot + 1);
			for (EObject candidate : parent.eContents()) {
				if (candidate instanceof Measure measure && parent instanceof Plan && child.equals(ElementIds.measuredKpiName(measure))
						|| candidate instanceof NamedElement named && child.equals(named.getName())) {
					return candidate;
				}
			}
			throw new Refusal(describe(parent) + " has no stage, outcome or measure " + child);
		}
		List<NamedElement> top = new ArrayList<>();
		List<NamedElement> inner = new ArrayList<>();
		for (NamedElement element : elements(engine)) {
			if (name.equals(element.getName())) {
				(isInner(element) ? inner : top).add(element);
			}
		}
		if (top.size() == 1 || (top.isEmpty() && inner.size() == 1)) {
			return top.isEmpty() ? inner.get(0) : top.get(0);
		}
		if (top.isEmpty() && inner.isEmpty()) {
			throw new Refusal("engine " + engine.name() + " has no element " + name);
		}
		List<NamedElement> all = top.isEmpty() ? inner : top;
		throw new Refusal(name + " is ambiguous in engine " + engine.name() + ": "
				+ all.stream().map(Names::describe).collect(Collectors.joining(", ")) + " (write Process.Stage)");
	}

	/** Every named element of every file of the engine, in file order, the engine's own fragments excluded. */
	static List<NamedElement> elements(WholeEngine engine) {
		List<NamedElement> result = new ArrayList<>();
		for (Engine fragment : engine.fragments()) {
			fragment.eAllContents().forEachRemaining(object -> {
				if (object instanceof NamedElement named) {
					result.add(named);
				}
			});
		}
		return result;
	}

	/** Stages and outcomes: named within their process. */
	static boolean isInner(EObject element) {
		return element instanceof Stage || element instanceof Outcome;
	}

	/** The names a new element beside these siblings must not take: its process's for stages, the engine's otherwise. */
	static Set<String> taken(WholeEngine engine, EObject parent, boolean inner) {
		Set<String> names = new TreeSet<>();
		if (inner) {
			for (EObject sibling : parent.eContents()) {
				if (sibling instanceof NamedElement named && named.getName() != null) {
					names.add(named.getName());
				}
			}
			return names;
		}
		for (NamedElement element : elements(engine)) {
			if (!isInner(element) && element.getName() != null) {
				names.add(element.getName());
			}
		}
		return names;
	}

	/** {@code wanted} when free, else the first free of wanted2, wanted3 ...; without a wish, Kpi1, Kpi2 ... */
	static String fresh(String wanted, String prefix, Set<String> taken) {
		if (wanted != null && !taken.contains(wanted)) {
			return wanted;
		}
		String stem = wanted != null ? wanted : prefix;
		for (int n = wanted != null ? 2 : 1;; n++) {
			if (!taken.contains(stem + n)) {
				return stem + n;
			}
		}
	}

	/** "role SDR", "stage NewBusiness.Lead", "measure AEPlan.NewARR". */
	static String describe(EObject element) {
		return ElementKinds.of(element) + " " + label(element);
	}

	/** The name users write for the element: SDR, NewBusiness.Lead, AEPlan.NewARR. */
	static String label(EObject element) {
		if (element instanceof Measure measure && measure.eContainer() instanceof Plan plan) {
			return plan.getName() + "." + ElementIds.measuredKpiName(measure);
		}
		if (isInner(element) && processOf(element) != null) {
			return processOf(element).getName() + "." + ((NamedElement) element).getName();
		}
		return element instanceof NamedElement named ? named.getName() : ElementIds.of(element);
	}

	static String kindOf(EClass type) {
		String kind = ElementKinds.of(type);
		return (kind.startsWith("KPI") ? "a " : "aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
	}

	/** The nearest enclosing element of a kind, itself included. */
	static <T extends EObject> T enclosing(EObject object, Class<T> type) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}

	/** The element users name for a referring object: the measure, stage, KPI or other element that holds it. */
	static EObject owning(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof NamedElement || current instanceof Measure) {
				return current;
			}
		}
		return object;
	}

	/** Where the object's feature is written (the object itself when the feature has no text), 1-based. */
	static int[] position(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? position(object) : position(nodes.get(0));
	}

	/** Where the object is written, as 1-based line and column. */
	static int[] position(EObject object) {
		return position(NodeModelUtils.findActualNodeFor(object));
	}

	private static int[] position(INode node) {
		if (node == null) {
			return new int[] { 1, 1 };
		}
		String text = node.getRootNode().getText();
		int offset = node.getOffset();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return new int[] { node.getStartLine(), offset - lineStart + 1 };
	}

	static boolean isInside(EObject object, EObject ancestor) {
		return EcoreUtil.isAncestor(ancestor, object);
	}

	/** The process of a stage or outcome, shown with the stage where a name needs it. */
	static SalesProcess processOf(EObject element) {
		return element.eContainer() instanceof SalesProcess process ? process : null;
	}
}
