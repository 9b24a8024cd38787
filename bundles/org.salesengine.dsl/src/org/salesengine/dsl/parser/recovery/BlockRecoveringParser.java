package org.salesengine.dsl.parser.recovery;

import java.util.Set;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.salesengine.dsl.conversion.NumberConverter;
import org.salesengine.dsl.parser.antlr.internal.InternalSalesEngineParser;
import org.salesengine.dsl.services.SalesEngineGrammarAccess;

/**
 * The generated parser with error recovery that loses at most the block holding an error.
 *
 * <p>ANTLR's own recovery is made for statements, not for blocks in braces: a block's loop of properties ends at the
 * first token it does not know, the block then expects its closing brace, and the recovery skips to a token that may
 * follow the block, which is usually the block's own closing brace. That brace then closes the enclosing section,
 * and every element after it lands in the wrong place or after the end of the engine. Two changes keep the braces
 * paired:
 * <ul>
 * <li>At every point where a block may go on or close (after a property, after a nested element, right after the
 * opening brace: its closing brace is in the follow set), a token that cannot come next is skipped, with the words after it, up to the next one the block
 * takes or its closing brace (nested braces skipped whole). The block's loop then goes on as if the text was not
 * there, and one error names the block and what it takes.
 * <li>When a rule fails after its opening brace, the recovery skips to the matching closing brace and consumes it,
 * instead of stopping before it.
 * </ul>
 */
public class BlockRecoveringParser extends InternalSalesEngineParser {
	private final int openBrace;
	private final int closeBrace;
	/** The follow set of the token matched last, checked once its leaf node exists. */
	private BitSet pendingFollow;

	/** Closing braces the file lacks: while there are some, a word of an outer block may mean one is missing. */
	private final int missingCloses;

	public BlockRecoveringParser(TokenStream input, SalesEngineGrammarAccess grammarAccess) {
		super(input, grammarAccess);
		openBrace = tokenType("'{'");
		closeBrace = tokenType("'}'");
		Set<Integer> hidden = Set.of(tokenType("RULE_WS"), tokenType("RULE_ML_COMMENT"), tokenType("RULE_SL_COMMENT"));
		missingCloses = input instanceof CommonTokenStream tokens
				? new StrayBraces(openBrace, closeBrace, tokenType("RULE_ANY_OTHER"), hidden).mark(tokens.getTokens(), grammarAccess.getGrammar())
				: 0;
	}

	private int tokenType(String name) {
		String[] names = getTokenNames();
		for (int i = 0; i < names.length; i++) {
			if (name.equals(names[i])) {
				return i;
			}
		}
		throw new IllegalStateException("the grammar has no token " + name);
	}

	@Override
	public Object match(IntStream input, int ttype, BitSet follow) throws RecognitionException {
		pendingFollow = null;
		boolean expected = input.LA(1) == ttype;
		Object matched = super.match(input, ttype, follow);
		if (expected) {
			pendingFollow = follow;
		}
		return matched;
	}

	@Override
	protected void newLeafNode(Token token, EObject grammarElement) {
		super.newLeafNode(token, grammarElement);
		BitSet follow = pendingFollow;
		pendingFollow = null;
		if (follow != null && token != null) {
			skipUnexpected(follow, state._fsp);
		}
	}

	@Override
	protected void afterParserOrEnumRuleCall() {
		super.afterParserOrEnumRuleCall();
		// The generated code pops the call's follow set just before this; it is still in place above the stack top.
		int call = state._fsp + 1;
		if (call < state.following.length && state.following[call] != null) {
			skipUnexpected(state.following[call], state._fsp);
		}
	}

	/**
	 * Skips the tokens that cannot come next at a point where a block may go on or close, and reports them once.
	 * Cheap on valid text: the next token is found in the follow sets of the innermost rules.
	 */
	private void skipUnexpected(BitSet follow, int stackTop) {
		if (state.backtracking > 0) {
			return;
		}
		// Only inside a block's own rule, where its closing brace may come next: inside a datatype rule such as a
		// qualified stage name, white space is not hidden and the caller checks after the rule returns.
		int next = input.LA(1);
		if (next == Token.EOF || !follow.member(closeBrace) || canFollow(next, follow, stackTop)) {
			return;
		}
		BitSet resync = computeErrorRecoverySet();
		UnexpectedTextException error = new UnexpectedTextException(input);
		int depth = 0;
		while (next != Token.EOF) {
			if (depth == 0 && (next == closeBrace || canFollow(next, follow, stackTop) || resync.member(next))) {
				break;
			}
			if (next == openBrace) {
				depth++;
			} else if (next == closeBrace) {
				depth--;
			}
			input.consume();
			next = input.LA(1);
		}
		if (input.index() > error.index) {
			reportError(error);
			appendSkippedTokens();
		}
	}

	/**
	 * A block's closing brace expected, and a word that may start an element of an outer block found ("kpi" inside a
	 * role). ANTLR would take the brace as missing and close the block there; but when the file lacks no closing brace,
	 * the block's own brace comes later, and closing early would end the enclosing section too. The words up to the
	 * block's brace are skipped instead, with one error.
	 */
	@Override
	protected Object recoverFromMismatchedToken(IntStream input, int ttype, BitSet follow) throws RecognitionException {
		if (ttype != closeBrace || missingCloses > 0 || input.LA(1) == Token.EOF || mismatchIsUnwantedToken(input, ttype)) {
			return super.recoverFromMismatchedToken(input, ttype, follow);
		}
		UnexpectedTextException error = new UnexpectedTextException(input);
		if (!closeBraceAhead(input)) {
			return super.recoverFromMismatchedToken(input, ttype, follow);
		}
		for (int depth = 0; input.LA(1) != closeBrace || depth > 0; input.consume()) {
			depth += input.LA(1) == openBrace ? 1 : input.LA(1) == closeBrace ? -1 : 0;
		}
		reportError(error);
		Object brace = getCurrentInputSymbol(input);
		input.consume();
		return brace;
	}

	/** Whether the block's own closing brace (past any nested block) comes before the end of the file. */
	private boolean closeBraceAhead(IntStream input) {
		int depth = 0;
		for (int ahead = 1; input.LA(ahead) != Token.EOF; ahead++) {
			int type = input.LA(ahead);
			if (type == closeBrace && depth == 0) {
				return true;
			}
			depth += type == openBrace ? 1 : type == closeBrace ? -1 : 0;
		}
		return false;
	}

	/**
	 * "40 %": the number alone is the wrong form for a percentage, but the error to report is the one about the space
	 * ("write 40%"), which the next token gets; reporting both would say the same thing twice.
	 */
	@Override
	protected void handleValueConverterException(ValueConverterException exception) {
		Token next = input.LT(1);
		Token number = input.LT(-1);
		if (next != null && number != null && next.getTokenIndex() > number.getTokenIndex() + 1
				&& NumberConverter.canonicalSuffix(next.getText()) != null) {
			return;
		}
		super.handleValueConverterException(exception);
	}

	/** Whether the token may come next: it is in the follow set, or the rule may end here and the caller takes it. */
	private boolean canFollow(int token, BitSet follow, int stackTop) {
		if (follow.member(token)) {
			return true;
		}
		if (!follow.member(Token.EOR_TOKEN_TYPE)) {
			return false;
		}
		for (int i = stackTop; i >= 0; i--) {
			BitSet outer = state.following[i];
			if (outer.member(token)) {
				return true;
			}
			if (!outer.member(Token.EOR_TOKEN_TYPE)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * ANTLR's resynchronisation, made brace-aware: it does not stop inside a nested block it skips, and when the
	 * failing rule has opened a block, it goes on to that block's closing brace and consumes it.
	 */
	@Override
	public void consumeUntil(IntStream input, BitSet set) {
		int unclosed = unclosedBraces(getCurrentNode());
		int depth = 0;
		int next = input.LA(1);
		while (next != Token.EOF) {
			if (unclosed == 0 && depth == 0 && set.member(next)) {
				return;
			}
			if (next == openBrace) {
				depth++;
			} else if (next == closeBrace) {
				if (depth == 0) {
					if (unclosed == 0) {
						return;
					}
					unclosed--;
					input.consume();
					if (unclosed == 0) {
						return;
					}
					next = input.LA(1);
					continue;
				}
				depth--;
			}
			input.consume();
			next = input.LA(1);
		}
	}

	/** Opening braces the node has matched and not closed: 1 for a block rule that failed inside its braces. */
	private static int unclosedBraces(ICompositeNode node) {
		if (node == null || node.getParent() == null) {
			return 0; // the root: nothing beyond the end of the file to pair with
		}
		int open = 0;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden() || leaf.getLength() != 1) {
				continue;
			}
			String text = leaf.getText();
			if ("{".equals(text)) {
				open++;
			} else if ("}".equals(text)) {
				open--;
			}
		}
		return Math.max(open, 0);
	}
}
