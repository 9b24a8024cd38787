package org.salesengine.dsl.parser;

import org.eclipse.xtext.Action;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.parser.impl.PartialParsingHelper;

/**
 * Lets an edit inside one element of a section re-parse that element only, as Xtext's partial parsing means to.
 *
 * <p>Every section rule starts with a type action ({@code {StructureSection} 'structure' '{' ...}), so that an empty
 * section still makes an object. Xtext skips the node right inside any action node when it looks for the smallest
 * node to re-parse, because an assigned action ({@code {BinaryOperation.left=current}}) moves the node before it
 * into the new object, and re-parsing that node alone would build the wrong tree. A type action moves nothing: the
 * nodes inside it are the section's own elements. Skipping them left the whole file as the only candidate, so a
 * one-character edit of a 5,000-line engine re-parsed all of it. Assigned actions keep Xtext's rule.
 */
public class SectionPartialParsing extends PartialParsingHelper {

	@Override
	protected boolean isActionNode(ICompositeNode node) {
		return super.isActionNode(node) && ((Action) node.getGrammarElement()).getFeature() != null;
	}
}
