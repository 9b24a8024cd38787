package org.salesengine.dsl.ide.serializer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * The clauses of a block as the grammar writes them: {@code owner SDR}, {@code attrition 12% per year},
 * {@code reviews Pipeline, WinRate}. A clause is the part of a rule that one alternative of the block's loop (or one
 * optional group of the rule, such as a plan's {@code for AE}) adds: its keywords, its values and its commas.
 */
final class Clauses {
	private Clauses() {
	}

	/** The clause that holds the assignment: the element right below the block's loop or the rule's own sequence. */
	static AbstractElement clauseOf(AbstractElement assignment) {
		ParserRule rule = GrammarUtil.containingParserRule(assignment);
		AbstractElement current = assignment;
		while (current.eContainer() instanceof AbstractElement parent) {
			if (parent == rule.getAlternatives() || (parent instanceof Alternatives && GrammarUtil.isMultipleCardinality(parent))) {
				return current;
			}
			current = parent;
		}
		return current;
	}

	/**
	 * The owner's regions of the clause that holds {@code region}: the run of the owner's tokens and children around it
	 * that the clause's grammar produced. Empty when the region is not the owner's.
	 */
	static List<IAstRegion> regionsOfClause(IEObjectRegion owner, IAstRegion region, AbstractElement clause) {
		List<IAstRegion> children = new ArrayList<>();
		owner.getAstRegions().forEach(children::add);
		int at = children.indexOf(region);
		if (at < 0) {
			return List.of();
		}
		int first = at;
		while (first > 0 && isIn(clause, children.get(first - 1))) {
			first--;
		}
		int last = at;
		while (last + 1 < children.size() && isIn(clause, children.get(last + 1))) {
			last++;
		}
		return children.subList(first, last + 1);
	}

	private static boolean isIn(AbstractElement clause, IAstRegion region) {
		EObject grammarElement = region.getGrammarElement();
		return grammarElement != null && (grammarElement == clause || EcoreUtil.isAncestor(clause, grammarElement));
	}

	/** Whether every feature that the clause assigns is unset on the owner, so that the whole clause can go. */
	static boolean allUnset(EObject owner, AbstractElement clause) {
		List<Assignment> assignments = new ArrayList<>(GrammarUtil.containedAssignments(clause));
		if (clause instanceof Assignment own) {
			assignments.add(own);
		}
		for (Assignment assignment : assignments) {
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(assignment.getFeature());
			if (feature != null && owner.eIsSet(feature)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The cross-reference of a comma-separated list of references, {@code kw f+=[T] (',' f+=[T])*}: two assignments of
	 * the feature (given by their assigned elements), the second in a repeated group that starts with a comma. Null for any other shape.
	 */
	static CrossReference commaList(List<AbstractElement> assigned) {
		if (assigned.size() != 2) {
			return null;
		}
		Assignment head = GrammarUtil.containingAssignment(assigned.get(0));
		Assignment tail = GrammarUtil.containingAssignment(assigned.get(1));
		if (head == null || tail == null || !(head.getTerminal() instanceof CrossReference reference)) {
			return null;
		}
		if (!(tail.eContainer() instanceof Group repeated) || !GrammarUtil.isMultipleCardinality(repeated)
				|| !(repeated.getElements().get(0) instanceof Keyword comma) || !comma.getValue().equals(",")) {
			return null;
		}
		return reference;
	}

	/** The comma right before or right after a value of a list, or null. */
	static ISemanticRegion commaBefore(ISemanticRegion value) {
		ISemanticRegion previous = value.getPreviousSemanticRegion();
		return isComma(previous) ? previous : null;
	}

	static ISemanticRegion commaAfter(ISemanticRegion value) {
		ISemanticRegion next = value.getNextSemanticRegion();
		return isComma(next) ? next : null;
	}

	private static boolean isComma(ISemanticRegion region) {
		return region != null && region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(",");
	}

	/** The owner's closing brace, when its last token is one. */
	static ISemanticRegion closingBrace(IEObjectRegion owner) {
		ISemanticRegion last = owner.getNextHiddenRegion().getPreviousSemanticRegion();
		return last != null && last.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("}") ? last : null;
	}
}
