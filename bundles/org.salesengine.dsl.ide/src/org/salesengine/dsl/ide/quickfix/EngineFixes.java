package org.salesengine.dsl.ide.quickfix;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Plan;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.Stage;
import org.salesengine.model.engine.Amounts;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The quick fixes of the rules that have a mechanical fix, without any UI: each reads the issue's code and data and
 * computes one text edit on the document's current text. The workbench's marker resolutions and the language server's
 * code actions both offer them.
 */
public class EngineFixes {
	private static final SalesEnginePackage MODEL = SalesEnginePackage.eINSTANCE;

	/** A fix as offered: its label and the edit it makes on the document's text (null when nothing is to be done). */
	public record Fix(String label, Function<String, Edit> edit) {
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceFactory resourceFactory;

	/**
	 * The fixes for an issue with this code and data, found at {@code start} to {@code end} (offsets in the text).
	 */
	public List<Fix> fixes(String code, String[] data, int start, int end) {
		List<Fix> fixes = new ArrayList<>();
		switch (code == null ? "" : code) {
			case IssueCodes.UNRESOLVED_REFERENCE -> {
				if (data.length > 0 && start >= 0 && end >= start) {
					fixes.add(new Fix("Change to '" + data[0] + "'", text -> new Edit(start, end - start, data[0])));
				}
			}
			case IssueCodes.STAGE_WITHOUT_EXIT -> fixes.add(new Fix("Add an exit criterion", text -> edit(text, start, Stage.class,
					stage -> insertProperty(stage, "exit \"TODO: what must be true to leave this stage\""))));
			case IssueCodes.MIX_NOT_100 -> fixes.add(new Fix("Set the incentive share so the mix sums to 100",
					text -> edit(text, start, Plan.class, plan -> replaceFeature(plan, MODEL.getPlan_MixIncentive(),
							Amounts.plain(BigDecimal.valueOf(100).subtract(plan.getMixBase()))))));
			case IssueCodes.PROCESS_WITHOUT_OUTCOME -> fixes.add(new Fix("Add the missing outcomes",
					text -> edit(text, start, SalesProcess.class, EngineFixes::addOutcomes)));
			case IssueCodes.WEIGHTS_NOT_100 -> fixes.add(new Fix("Give the difference to the first measure's weight",
					text -> edit(text, start, Plan.class, EngineFixes::balanceWeights)));
			case IssueCodes.MISPLACED_ELEMENT -> fixes.add(new Fix("Move it to the " + (data.length > 0 ? data[0] + " " : "") + "section",
					text -> edit(text, start, NamedElement.class, element -> MoveToSection.of(element, text))));
			default -> {
			}
		}
		return fixes;
	}

	/** Parses the text on its own, finds the element of the given type at the offset, and computes the edit on it. */
	private <T extends EObject> Edit edit(String text, int offset, Class<T> type, Function<T, Edit> change) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceFactory.createResource(URI.createURI("synthetic:/fix.sales"));
		resourceSet.getResources().add(resource);
		try {
			resource.reparse(text);
		} catch (IOException e) {
			return null;
		}
		INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), Math.max(0, offset));
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		while (element != null && !type.isInstance(element)) {
			element = element.eContainer();
		}
		return element == null ? null : change.apply(type.cast(element));
	}

	/** Inserts "property" into the element's block, creating the block when the element has none. */
	static Edit insertProperty(EObject element, String property) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return new Edit(leaf.getEndOffset(), 0, " " + property);
			}
		}
		return new Edit(node.getEndOffset(), 0, " { " + property + " }");
	}

	static Edit replaceFeature(EObject element, EStructuralFeature feature, String text) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(nodes.size() - 1);
		return new Edit(node.getOffset(), node.getLength(), text);
	}

	static Edit addOutcomes(SalesProcess process) {
		String base = process.getName() == null ? "Deal" : process.getName();
		StringBuilder outcomes = new StringBuilder();
		if (process.getWon() == null) {
			outcomes.append("won ").append(base).append("Won");
		}
		if (process.getLost() == null) {
			outcomes.append(outcomes.length() == 0 ? "" : " ").append("lost ").append(base).append("Lost");
		}
		ICompositeNode node = NodeModelUtils.getNode(process);
		INode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "}".equals(leaf.getText())) {
				close = leaf;
			}
		}
		return close == null ? new Edit(node.getEndOffset(), 0, " { " + outcomes + " }")
				: new Edit(close.getOffset(), 0, outcomes + " ");
	}

	static Edit balanceWeights(Plan plan) {
		BigDecimal sum = plan.getMeasures().stream().map(Measure::getWeight).filter(w -> w != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		Measure first = plan.getMeasures().stream().filter(m -> m.getWeight() != null).findFirst().orElse(null);
		if (first == null) {
			return null;
		}
		BigDecimal weight = first.getWeight().add(BigDecimal.ONE.subtract(sum));
		return weight.signum() <= 0 ? null : replaceFeature(first, MODEL.getMeasure_Weight(), Amounts.exactPercent(weight));
	}
}
