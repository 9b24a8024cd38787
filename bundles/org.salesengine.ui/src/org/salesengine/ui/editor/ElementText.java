package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.model.Kpi;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Objective;
import org.salesengine.model.Plan;
import org.salesengine.model.Role;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.ElementKinds;

/** How the workbench names and summarises elements: outline labels, hovers, and where an element's name sits in the text. */
public final class ElementText {
	private ElementText() {
	}

	public static String label(EObject element) {
		if (element instanceof org.salesengine.model.Measure measure) {
			return "measure " + org.salesengine.model.engine.ElementIds.measuredKpiName(measure)
					+ (measure.getWeight() == null ? "" : " " + Amounts.exactPercent(measure.getWeight()));
		}
		if (element instanceof NamedElement named) {
			String kind = ElementKinds.of(element);
			String name = named.getName() == null ? "(unnamed)" : named.getName();
			return kind + " " + name + (named.getDisplayName() == null ? "" : " – " + named.getDisplayName());
		}
		return ElementKinds.of(element);
	}

	/** A few lines about the element: what it is and the facts that matter for it. */
	public static String summary(EObject element) {
		List<String> lines = new ArrayList<>();
		lines.add(label(element));
		if (element instanceof NamedElement named && named.getDescription() != null) {
			lines.add(named.getDescription());
		}
		if (element instanceof Objective objective && objective.getPriority() != null) {
			lines.add("priority " + objective.getPriority());
		}
		if (element instanceof Role role) {
			lines.add((role.getHeadcount() == null ? "headcount not set" : "headcount " + role.getHeadcount())
					+ (role.isCarriesQuota() ? ", carries quota" : ""));
		}
		if (element instanceof Kpi kpi) {
			List<String> facts = new ArrayList<>();
			if (kpi.isSetUnit()) {
				facts.add(kpi.getUnit().getLiteral());
			}
			if (kpi.isSetSignal()) {
				facts.add(kpi.getSignal().getLiteral());
			}
			if (kpi.getTarget() != null) {
				facts.add("target " + Amounts.exact(kpi.getTarget()));
			}
			if (!facts.isEmpty()) {
				lines.add(String.join(", ", facts));
			}
			if (!kpi.getSupports().isEmpty()) {
				lines.add("supports " + kpi.getSupports().stream().map(o -> o.getName()).collect(Collectors.joining(", ")));
			}
		}
		if (element instanceof Stage stage && stage.getConversion() != null) {
			lines.add("conversion " + Amounts.exactPercent(stage.getConversion()));
		}
		if (element instanceof Plan plan && plan.getOnTargetEarnings() != null) {
			lines.add("on target earnings " + Amounts.exact(plan.getOnTargetEarnings()));
		}
		return String.join("\n", lines);
	}

	/** The text range of the element's name, or of the whole element when it has none. */
	public static int[] nameRange(EObject element) {
		List<INode> nodes = element instanceof NamedElement
				? NodeModelUtils.findNodesForFeature(element, SalesEnginePackage.Literals.NAMED_ELEMENT__NAME)
				: List.of();
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		return node == null ? null : new int[] { node.getOffset(), node.getLength() };
	}
}
