package org.salesengine.dsl.formatting2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.salesengine.dsl.services.SalesEngineGrammarAccess;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Outcome;

import com.google.inject.Inject;

/**
 * Formats .sales files the way the reference examples are written: blocks written on one line stay on one line
 * (`role AE { headcount 12 carries quota }`), blocks written on several lines get one property or element per line,
 * indented by two spaces per level, with at most one blank line kept. Tokens are separated by one space, with no
 * space before a comma, inside parentheses or around the slash of a pay mix, except in runs of one-line elements the
 * author aligned in columns, which stay aligned ({@link AlignedRuns}). Only white space changes, so the way numbers
 * are written survives; comments keep their text and are indented like the code they precede
 * ({@link CommentPlacement}). Formatting twice changes nothing the second time.
 */
public class SalesEngineFormatter extends AbstractFormatter2 {
	private static final Set<String> ENGINE_LINE_STARTS = Set.of("currency", "period", "description");
	@Inject
	private SalesEngineGrammarAccess grammar;

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			for (EObject root : resource.getContents()) {
				format(root, document);
			}
		} else if (object instanceof Engine engine) {
			formatEngine(engine, document);
		}
	}

	private void formatEngine(Engine engine, IFormattableDocument document) {
		IEObjectRegion root = getTextRegionAccess().regionForEObject(engine);
		if (root == null) {
			return;
		}
		ISemanticRegion first = root.getPreviousHiddenRegion().getNextSemanticRegion();
		Set<ISemanticRegion> multiLine = multiLineBraces(first, document);
		Map<IHiddenRegion, String> aligned = AlignedRuns.spaces(lineElements(first, multiLine), this::joined);
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion token = first; token != null; token = token.getNextSemanticRegion()) {
			if (isKeyword(token, "{")) {
				open.push(token);
			} else if (isKeyword(token, "}") && !open.isEmpty()) {
				open.pop();
			}
			IHiddenRegion gap = token.getNextHiddenRegion();
			ISemanticRegion next = gap.getNextSemanticRegion();
			if (next == null) {
				document.set(gap, IHiddenRegionFormatter::newLine);
				break;
			}
			boolean blockIsMultiLine = !open.isEmpty() && multiLine.contains(open.peek());
			format(token, gap, next, blockIsMultiLine, multiLine, aligned.getOrDefault(gap, " "), document);
		}
	}

	private void format(ISemanticRegion token, IHiddenRegion gap, ISemanticRegion next, boolean inMultiLineBlock,
			Set<ISemanticRegion> multiLine, String space, IFormattableDocument document) {
		if ((isKeyword(token, "{") && multiLine.contains(token)) || (isKeyword(next, "}") && multiLine.contains(next))) {
			document.set(gap, f -> f.setNewLines(1));
		} else if (inMultiLineBlock && startsElement(next)) {
			document.set(gap, f -> f.setNewLines(1, 1, 2));
		} else if (joined(token, next)) {
			document.set(gap, IHiddenRegionFormatter::noSpace);
		} else if (isKeyword(next, "{")) {
			// A block opens on its element's line: a block added to a bare element (kpi Kpi1, then a link) joins it.
			document.set(gap, f -> f.setSpace(space));
		} else if (gap.getText().indexOf('\n') >= 0 && inMultiLineBlock) {
			document.set(gap, f -> f.setNewLines(1, 1, 2));
		} else {
			document.set(gap, f -> f.setSpace(space));
		}
	}

	/** Tokens written with nothing between them: before a comma, inside parentheses, around a pay mix's slash. */
	private boolean joined(ISemanticRegion token, ISemanticRegion next) {
		return isKeyword(next, ",") || isKeyword(token, "(") || isKeyword(next, ")") || isMixSlash(token) || isMixSlash(next)
				|| isScenarioPathDot(token) || isScenarioPathDot(next);
	}

	/** The elements that start a line of their own: those directly inside a block written on several lines. */
	private List<IEObjectRegion> lineElements(ISemanticRegion first, Set<ISemanticRegion> multiLine) {
		List<IEObjectRegion> elements = new ArrayList<>();
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion token = first; token != null; token = token.getNextSemanticRegion()) {
			if (!open.isEmpty() && multiLine.contains(open.peek()) && startsElement(token)
					&& !(token.getSemanticElement() instanceof Engine)) {
				elements.add(getTextRegionAccess().regionForEObject(token.getSemanticElement()));
			}
			if (isKeyword(token, "{")) {
				open.push(token);
			} else if (isKeyword(token, "}") && !open.isEmpty()) {
				open.pop();
			}
		}
		return elements;
	}

	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		return CommentPlacement.keepText(comment, comment.getText().startsWith("/*"));
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return CommentPlacement.indentLikeNextCode(region, formatting);
	}

	/** Finds each brace pair and indents the interior of those whose original text spans several lines. */
	private Set<ISemanticRegion> multiLineBraces(ISemanticRegion first, IFormattableDocument document) {
		Set<ISemanticRegion> multiLine = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion token = first; token != null; token = token.getNextSemanticRegion()) {
			if (isKeyword(token, "{")) {
				open.push(token);
			} else if (isKeyword(token, "}") && !open.isEmpty()) {
				ISemanticRegion opening = open.pop();
				int start = opening.getEndOffset();
				String between = getTextRegionAccess().textForOffset(start, token.getOffset() - start);
				if (between.indexOf('\n') >= 0 || isListOfSets(opening.getSemanticElement())) {
					multiLine.add(opening);
					multiLine.add(token);
					document.interior(opening, token, IHiddenRegionFormatter::indent);
				}
			}
		}
		return multiLine;
	}

	/**
	 * A scenario of two or more sets, and the scenarios section that holds one, are written one set per line however
	 * they were written: a scenario an edit operation writes ({@code calibrate --apply}'s Observed) reads as a list.
	 */
	private static boolean isListOfSets(EObject element) {
		if (element instanceof org.salesengine.model.Scenario scenario) {
			return scenario.getOverrides().size() >= 2;
		}
		return element instanceof org.salesengine.model.ScenariosSection section
				&& section.getScenarios().stream().anyMatch(SalesEngineFormatter::isListOfSets);
	}

	/** The first token of an element written with its kind keyword (stage, kpi, measure ...) or of a section. */
	private boolean startsElement(ISemanticRegion region) {
		EObject element = region.getSemanticElement();
		if (element instanceof Engine) {
			return region.getGrammarElement() instanceof Keyword keyword && isSectionKeyword(keyword);
		}
		if ((element instanceof NamedElement && !(element instanceof Outcome)) || element instanceof Measure
				|| element instanceof org.salesengine.model.ScenarioOverride) {
			IEObjectRegion elementRegion = getTextRegionAccess().regionForEObject(element);
			return elementRegion != null && elementRegion.getPreviousHiddenRegion().getNextSemanticRegion() == region;
		}
		return false;
	}

	/** Sections and engine settings start a line; sections are fragments, so their tokens belong to the engine. */
	private boolean isSectionKeyword(Keyword keyword) {
		AbstractRule rule = GrammarUtil.containingRule(keyword);
		String value = keyword.getValue();
		if (rule == grammar.getEngineRule()) {
			return ENGINE_LINE_STARTS.contains(value);
		}
		if (rule == grammar.getStrategySectionRule()) {
			return value.equals("strategy") || value.equals("revenue");
		}
		return (rule == grammar.getStructureSectionRule() && value.equals("structure"))
				|| (rule == grammar.getCultureSectionRule() && value.equals("culture"))
				|| (rule == grammar.getMetricsSectionRule() && value.equals("metrics"))
				|| (rule == grammar.getCompensationSectionRule() && value.equals("compensation"));
	}

	private boolean isMixSlash(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals("/")
				&& GrammarUtil.containingRule(keyword) == grammar.getPlanRule();
	}

	/** The dot of {@code set SDR.headcount 14}, between the element and its property: written without spaces. */
	private boolean isScenarioPathDot(ISemanticRegion region) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(".")
				&& GrammarUtil.containingRule(keyword) == grammar.getScenarioOverrideRule();
	}

	private static boolean isKeyword(ISemanticRegion region, String text) {
		return region.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(text);
	}
}
