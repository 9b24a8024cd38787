package org.salesengine.dsl.ide.highlighting;

import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.salesengine.model.Behavior;
import org.salesengine.model.Engine;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Objective;
import org.salesengine.model.Outcome;
import org.salesengine.model.Ritual;
import org.salesengine.model.Role;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Segment;
import org.salesengine.model.Territory;
import org.salesengine.model.Channel;
import org.salesengine.model.Stage;
import org.salesengine.model.Team;

/**
 * Semantic highlighting: every name, where it is declared and wherever it is referred to, takes the colour of its
 * pillar (the diagrams' palette), so a reader sees at a glance that a plan pays on a KPI that supports an objective.
 * Declarations are also marked. The style ids are the pillars' style classes: strategy, structure, culture and
 * compensation (KPIs sit with the plans that pay on them, as in the diagrams).
 */
public class PillarHighlighting implements ISemanticHighlightingCalculator {
	public static final String DECLARATION = "declaration";
	public static final String STRATEGY = "strategy";
	public static final String STRUCTURE = "structure";
	public static final String CULTURE = "culture";
	public static final String COMPENSATION = "compensation";

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (cancel != null && cancel.isCanceled()) {
				return;
			}
			EObject element = it.next();
			if (element instanceof NamedElement named && !(element instanceof Engine) && named.getName() != null) {
				for (INode name : NodeModelUtils.findNodesForFeature(element, SalesEnginePackage.Literals.NAMED_ELEMENT__NAME)) {
					acceptor.addPosition(name.getOffset(), name.getLength(), pillarOf(element), DECLARATION);
				}
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					references(element, reference, acceptor);
				}
			}
		}
	}

	private static void references(EObject element, EReference reference, IHighlightedPositionAcceptor acceptor) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, reference);
		if (nodes.isEmpty()) {
			return;
		}
		Object value = element.eGet(reference, false);
		List<?> targets = value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
		for (int i = 0; i < nodes.size() && i < targets.size(); i++) {
			if (targets.get(i) instanceof EObject target) {
				// Unresolved proxies still carry their type, which is all the colour needs.
				acceptor.addPosition(nodes.get(i).getOffset(), nodes.get(i).getLength(), pillarOf(target));
			}
		}
	}

	/** The pillar style of an element kind. */
	public static String pillarOf(EObject element) {
		if (element instanceof Objective || element instanceof Segment) {
			return STRATEGY;
		}
		if (element instanceof Role || element instanceof Team || element instanceof SalesProcess || element instanceof Stage
				|| element instanceof Outcome || element instanceof Territory || element instanceof Channel) {
			return STRUCTURE;
		}
		if (element instanceof Behavior || element instanceof Ritual) {
			return CULTURE;
		}
		return COMPENSATION;
	}
}
