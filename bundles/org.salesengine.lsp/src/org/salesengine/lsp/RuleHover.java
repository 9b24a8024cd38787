package org.salesengine.lsp;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.NamedElement;
import org.salesengine.model.RuleSetting;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.engine.ElementKinds;

/**
 * Hover: on a rule setting, the rule's summary and the rationale behind it, so that a reader knows what they are
 * tuning; on an element, its kind, name, display name and description.
 */
public class RuleHover extends HoverService {

	/** A rule setting has no name to resolve, so Xtext finds no element at its code: the setting itself is the subject. */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		if (resource.getParseResult() != null) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
			EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
			if (element instanceof RuleSetting setting) {
				List<INode> code = NodeModelUtils.findNodesForFeature(setting, SalesEnginePackage.Literals.RULE_SETTING__CODE);
				if (!code.isEmpty() && code.get(0).getTextRegion().contains(offset)) {
					return new HoverContext(document, resource, offset, code.get(0).getTextRegion(), setting);
				}
			}
		}
		return super.createContext(document, resource, offset);
	}

	@Override
	public String getContents(EObject element) {
		if (element instanceof RuleSetting setting) {
			return describe(Rule.byCode(setting.getCode()), setting.getCode());
		}
		StringBuilder text = new StringBuilder();
		if (element instanceof NamedElement named && named.getName() != null) {
			text.append("**").append(ElementKinds.of(element)).append(' ').append(named.getName()).append("**");
			if (named.getDisplayName() != null) {
				text.append(" \"").append(named.getDisplayName()).append('"');
			}
			if (named.getDescription() != null) {
				text.append("\n\n").append(named.getDescription());
			}
		}
		String documentation = super.getContents(element);
		if (!documentation.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n\n").append(documentation);
		}
		return text.toString();
	}

	/** The catalogue's words for one rule, in Markdown. */
	static String describe(Rule rule, String code) {
		if (rule == null) {
			return "No rule is called `" + code + "`.";
		}
		return "**" + rule.code() + "** (" + rule.severity().name().toLowerCase(java.util.Locale.ROOT) + ", "
				+ rule.pillar().label() + "): " + rule.summary() + "\n\n"
				+ rule.rationale();
	}
}
