package org.salesengine.dsl.diagnostics;

import java.util.List;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.NoViableAltException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider.IParserErrorContext;
import org.salesengine.dsl.conversion.NumberConverter;
import org.salesengine.dsl.parser.recovery.BlockVocabulary;
import org.salesengine.dsl.parser.recovery.UnexpectedTextException;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.NamedElement;
import org.salesengine.model.Section;
import org.salesengine.model.engine.ElementKinds;

/**
 * Syntax errors that say what was expected where ANTLR only says what it found: the values of an enumeration, the
 * words a block takes, and a number written apart from its suffix ("write 180M").
 */
final class ExpectedText {
	private ExpectedText() {
	}

	/** The message for this error, or null when the parser's own (made readable) says enough. */
	static String messageFor(IParserErrorContext context) {
		RecognitionException error = context.getRecognitionException();
		if (error == null || error.token == null || error.token.getType() == Token.EOF || error instanceof MissingTokenException) {
			return null;
		}
		String found = error.token.getText();
		String spaced = spacedSuffix(error);
		if (spaced != null) {
			return spaced;
		}
		INode node = context.getCurrentNode();
		String afterValue = afterValue(error, node);
		if (afterValue != null) {
			return afterValue;
		}
		AbstractRule rule = node == null ? null : BlockVocabulary.ruleOf(node.getGrammarElement());
		if (rule instanceof EnumRule enumeration) {
			List<String> values = BlockVocabulary.literals(enumeration);
			return "unexpected " + quote(found) + ", expected one of " + String.join(", ", values)
					+ Similarity.didYouMean(found, values);
		}
		boolean blockEnds = error instanceof UnexpectedTextException
				|| error instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0
						&& mismatch.expecting < context.getTokenNames().length
						&& "'}'".equals(context.getTokenNames()[mismatch.expecting]);
		List<String> entries = blockEnds ? BlockVocabulary.blockEntries(rule) : List.of();
		if (entries.isEmpty()) {
			return null;
		}
		return "unexpected " + quote(found) + " in " + block(node.getSemanticElement(), rule) + ": expected "
				+ (entries.size() > 1 ? "one of " : "") + String.join(", ", entries) + " or '}'" + Similarity.didYouMean(found, entries);
	}

	/** "role SDR", "the metrics section", "engine AcmeEmea". */
	private static String block(EObject element, AbstractRule rule) {
		if (element instanceof Section || element == null) {
			return "the " + BlockVocabulary.firstKeyword(rule) + " section";
		}
		String kind = element instanceof Engine ? "engine" : ElementKinds.of(element);
		String name = element instanceof NamedElement named ? named.getName() : null;
		if (element instanceof Measure) {
			// Not linked yet while parsing: the KPI's name as written.
			List<INode> kpi = NodeModelUtils.findNodesForFeature(element, SalesEnginePackage.Literals.MEASURE__KPI);
			name = kpi.isEmpty() ? null : NodeModelUtils.getTokenText(kpi.get(0));
		}
		return name == null ? kind : kind + " " + SalesEngineSyntaxErrorMessages.printable(name, 40);
	}

	/**
	 * "180 M", "40 %", "2 x": a suffix written apart from its number is a name or a stray character to the parser; the
	 * fix is one keystroke away.
	 */
	private static String spacedSuffix(RecognitionException error) {
		String suffix = NumberConverter.canonicalSuffix(error.token.getText());
		if (suffix == null || !(error.input instanceof TokenStream tokens)) {
			return null;
		}
		for (int i = error.token.getTokenIndex() - 1; i >= 0; i--) {
			Token before = tokens.get(i);
			if (before.getChannel() == Token.DEFAULT_CHANNEL) {
				String number = before.getText();
				if (number != null && number.matches("[0-9]+(\\.[0-9]+)?")) {
					return "write " + number + suffix + ", without a space (unexpected '" + error.token.getText() + "' after "
							+ number + ")";
				}
				return null;
			}
		}
		return null;
	}

	/**
	 * {@code quota 180 meetings}, {@code bonus 2 k}: after 'quota' and 'bonus' the parser looks two tokens ahead (a list
	 * of quotas by period, a share of an amount), so it stops at the number when the word after it fits nothing. The
	 * word after the number is what is wrong, and the message says so as it would anywhere else in the block.
	 */
	private static String afterValue(RecognitionException error, INode node) {
		if (!(error instanceof NoViableAltException) || !(error.input instanceof TokenStream tokens) || node == null) {
			return null;
		}
		Token before = neighbour(tokens, error.token.getTokenIndex(), -1);
		if (before != null && !error.token.getText().matches("[0-9]+(\\.[0-9]+)?[a-zA-Z%]*")) {
			if ("quota".equals(before.getText())) {
				return "quota needs a value, such as 1.1M, or quotas by period, such as 180k, 225k, 225k, 270k by quarter"
						+ " (unexpected " + quote(error.token.getText()) + ")";
			}
			if ("bonus".equals(before.getText())) {
				return "bonus needs a value, such as 2k per deal or 2% of amount (unexpected " + quote(error.token.getText()) + ")";
			}
			return null;
		}
		Token after = neighbour(tokens, error.token.getTokenIndex(), 1);
		if (before == null || after == null || after.getType() == Token.EOF
				|| !("quota".equals(before.getText()) || "bonus".equals(before.getText()))) {
			return null;
		}
		String suffix = NumberConverter.canonicalSuffix(after.getText());
		if (suffix != null && error.token.getText().matches("[0-9]+(\\.[0-9]+)?")) {
			return "write " + error.token.getText() + suffix + ", without a space (unexpected '" + after.getText() + "' after "
					+ error.token.getText() + ")";
		}
		for (INode current = node; current != null; current = current.getParent()) {
			AbstractRule rule = BlockVocabulary.ruleOf(current.getGrammarElement());
			List<String> entries = BlockVocabulary.blockEntries(rule);
			if (!entries.isEmpty()) {
				return "unexpected " + quote(after.getText()) + " after " + before.getText() + " " + error.token.getText()
						+ " in " + block(current.getSemanticElement(), rule) + ": expected one of " + String.join(", ", entries)
						+ " or '}'" + Similarity.didYouMean(after.getText(), entries);
			}
		}
		return null;
	}

	/** The next token on the default channel before (step -1) or after (step 1) a token index, or null. */
	private static Token neighbour(TokenStream tokens, int index, int step) {
		for (int i = index + step; i >= 0 && i < tokens.size(); i += step) {
			Token token = tokens.get(i);
			if (token.getChannel() == Token.DEFAULT_CHANNEL) {
				return token;
			}
		}
		return null;
	}

	private static String quote(String found) {
		return "'" + SalesEngineSyntaxErrorMessages.printable(found, 40) + "'";
	}
}
