package org.salesengine.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

/** Where the parser found text it could not read (a syntax error or a value of the wrong form). */
final class SyntaxErrors {
	private SyntaxErrors() {
	}

	/** Whether any file of the engine has a syntax error. */
	static Boolean inAnyFile(WholeEngine engine) {
		for (Engine fragment : engine.fragments()) {
			IParseResult result = parseResult(fragment.eResource());
			if (result != null && result.hasSyntaxErrors()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element's own text (its node, with the blocks inside it) has a syntax error. */
	static boolean within(EObject element) {
		IParseResult result = parseResult(element.eResource());
		if (result == null || !result.hasSyntaxErrors()) {
			return false;
		}
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return false;
		}
		int start = node.getOffset();
		int end = node.getEndOffset();
		for (INode error : result.getSyntaxErrors()) {
			if (error.getOffset() >= start && error.getOffset() < end) {
				return true;
			}
		}
		return false;
	}

	private static IParseResult parseResult(Resource resource) {
		return resource instanceof XtextResource xtext ? xtext.getParseResult() : null;
	}
}
