package org.salesengine.lsp;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.NamedElement;
import org.salesengine.model.RuleSetting;
import org.salesengine.model.engine.ElementKinds;

/**
 * Hover: on a rule setting, the rule's summary and the rationale behind it, so that a reader knows what they are
 * tuning; on an element, its kind, name, display name and description.
 */
public class RuleHover extends HoverService {

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
