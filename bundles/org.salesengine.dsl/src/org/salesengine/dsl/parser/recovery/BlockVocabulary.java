package org.salesengine.dsl.parser.recovery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;

/**
 * What a block or an enumeration takes, read from the grammar, so that a syntax error can say it: "a role takes
 * headcount, carries quota, ramp, ...", "one of daily, weekly, ...". Misplaced elements, which the grammar accepts
 * everywhere only to report them, are not offered.
 */
public final class BlockVocabulary {
	private static final Map<AbstractRule, List<String>> BLOCKS = new ConcurrentHashMap<>();

	private BlockVocabulary() {
	}

	/** The rule a node of the parser belongs to: the rule called, or the rule holding an action or keyword. */
	public static AbstractRule ruleOf(EObject grammarElement) {
		if (grammarElement instanceof RuleCall call) {
			return call.getRule();
		}
		return grammarElement == null ? null : GrammarUtil.containingRule(grammarElement);
	}

	/** The words that may start an entry of the rule's block ('{' ... '}'), in grammar order; empty if it has none. */
	public static List<String> blockEntries(AbstractRule rule) {
		if (!(rule instanceof ParserRule parser) || GrammarUtil.isDatatypeRule(parser)) {
			return List.of();
		}
		return BLOCKS.computeIfAbsent(rule, r -> {
			AbstractElement loop = blockLoop(parser);
			return loop == null ? List.of() : List.copyOf(starts(loop));
		});
	}

	/** The keywords of an enumeration, one per value (an alias such as biweekly is left out). */
	public static List<String> literals(EnumRule rule) {
		Set<String> seen = new LinkedHashSet<>();
		List<String> result = new ArrayList<>();
		for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
			if (seen.add(literal.getEnumLiteral().getName())) {
				result.add(literal.getLiteral().getValue());
			}
		}
		return result;
	}

	/** The first keyword of the rule, such as "strategy" for a section. */
	public static String firstKeyword(AbstractRule rule) {
		List<Keyword> keywords = EcoreUtil2.getAllContentsOfType(rule, Keyword.class);
		return keywords.isEmpty() ? null : keywords.get(0).getValue();
	}

	/** The loop right after the rule's opening brace. */
	private static AbstractElement blockLoop(ParserRule rule) {
		List<EObject> elements = new ArrayList<>();
		elements.add(rule.getAlternatives());
		rule.getAlternatives().eAllContents().forEachRemaining(elements::add);
		for (EObject element : elements) {
			if (element instanceof Group group) {
				List<AbstractElement> sequence = group.getElements();
				for (int i = 0; i + 1 < sequence.size(); i++) {
					if (sequence.get(i) instanceof Keyword keyword && "{".equals(keyword.getValue())
							&& GrammarUtil.isMultipleCardinality(sequence.get(i + 1))) {
						return sequence.get(i + 1);
					}
				}
			}
		}
		return null;
	}

	private static Set<String> starts(AbstractElement element) {
		Set<String> result = new LinkedHashSet<>();
		addStarts(element, result);
		return result;
	}

	private static void addStarts(AbstractElement element, Set<String> out) {
		if (element instanceof Alternatives alternatives) {
			for (AbstractElement alternative : alternatives.getElements()) {
				addStarts(alternative, out);
			}
		} else if (element instanceof Group group) {
			addLeading(group.getElements(), 0, out);
		} else if (element instanceof Assignment assignment) {
			if (!"misplaced".equals(assignment.getFeature())) {
				addStarts(assignment.getTerminal(), out);
			}
		} else if (element instanceof Keyword keyword) {
			out.add(keyword.getValue());
		} else if (element instanceof RuleCall call) {
			addRuleStarts(call.getRule(), out);
		}
	}

	/** Leading keywords of a sequence, joined ("carries quota"); an optional first part adds its own starts too. */
	private static void addLeading(List<AbstractElement> elements, int from, Set<String> out) {
		if (from >= elements.size()) {
			return;
		}
		AbstractElement first = elements.get(from);
		if (first instanceof Action) {
			addLeading(elements, from + 1, out);
			return;
		}
		if (GrammarUtil.isOptionalCardinality(first)) {
			addStarts(first, out);
			addLeading(elements, from + 1, out);
			return;
		}
		List<String> words = new ArrayList<>();
		for (int i = from; i < elements.size(); i++) {
			String word = keywordOf(elements.get(i));
			if (word == null || "{".equals(word) || GrammarUtil.isOptionalCardinality(elements.get(i))) {
				break;
			}
			words.add(word);
		}
		if (words.isEmpty()) {
			addStarts(first, out);
		} else {
			out.add(String.join(" ", words));
		}
	}

	private static String keywordOf(AbstractElement element) {
		if (element instanceof Keyword keyword) {
			return keyword.getValue();
		}
		if (element instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword keyword) {
			return keyword.getValue();
		}
		return null;
	}

	private static void addRuleStarts(AbstractRule rule, Set<String> out) {
		if (rule instanceof EnumRule enumRule) {
			out.addAll(literals(enumRule));
		} else if (rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)) {
			// A rule setting's parameters are the only block entries that start with a value rather than a keyword.
			out.add("RuleCode".equals(rule.getName()) ? "a parameter name"
					: "a " + rule.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
		} else if (rule instanceof ParserRule parser) {
			addStarts(parser.getAlternatives(), out);
		}
	}
}
