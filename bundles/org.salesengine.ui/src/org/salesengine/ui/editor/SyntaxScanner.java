package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.salesengine.dsl.parser.antlr.internal.InternalSalesEngineLexer;
import org.salesengine.ui.SalesEngineUi;

/**
 * Syntax colouring from the language's own ANTLR lexer, so the editor never disagrees with the parser about what a
 * keyword, a number or a comment is. The whole document is lexed once per change (cheap next to a parse) because a
 * block comment can change the meaning of every line after it.
 */
final class SyntaxScanner implements ITokenScanner {
	static final IToken KEYWORD = new Token(new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
	static final IToken STRING = new Token(new TextAttribute(new Color(42, 0, 255)));
	static final IToken NUMBER = new Token(new TextAttribute(new Color(0, 102, 153)));
	static final IToken COMMENT = new Token(new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC));
	static final IToken PLAIN = new Token(null);

	private final Map<Integer, String> tokenNames;
	private String lexedText;
	private List<int[]> tokens = List.of();
	private int next;
	private int rangeStart;
	private int rangeEnd;
	private int[] current;

	SyntaxScanner() {
		tokenNames = SalesEngineUi.get().injector().getInstance(ITokenDefProvider.class).getTokenDefMap();
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		String text = document.get();
		if (!text.equals(lexedText)) {
			tokens = lex(text);
			lexedText = text;
		}
		rangeStart = offset;
		rangeEnd = offset + length;
		next = 0;
		while (next < tokens.size() && tokens.get(next)[0] + tokens.get(next)[1] <= offset) {
			next++;
		}
	}

	@Override
	public IToken nextToken() {
		if (next >= tokens.size() || tokens.get(next)[0] >= rangeEnd) {
			return Token.EOF;
		}
		current = tokens.get(next++);
		return switch (current[2]) {
			case 1 -> KEYWORD;
			case 2 -> STRING;
			case 3 -> NUMBER;
			case 4 -> COMMENT;
			default -> PLAIN;
		};
	}

	/** Tokens are clipped to the range asked for: the presentation must not style text outside it. */
	@Override
	public int getTokenOffset() {
		return Math.max(current[0], rangeStart);
	}

	@Override
	public int getTokenLength() {
		return Math.min(current[0] + current[1], rangeEnd) - getTokenOffset();
	}

	private List<int[]> lex(String text) {
		List<int[]> result = new ArrayList<>();
		InternalSalesEngineLexer lexer = new InternalSalesEngineLexer(new ANTLRStringStream(text));
		for (org.antlr.runtime.Token token = lexer.nextToken(); token.getType() != org.antlr.runtime.Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			int start = common.getStartIndex();
			int length = common.getStopIndex() - start + 1;
			if (length <= 0) {
				continue;
			}
			result.add(new int[] { start, length, kind(tokenNames.get(token.getType())) });
		}
		return result;
	}

	private static int kind(String name) {
		if (name == null) {
			return 0;
		}
		if (name.startsWith("'") && Character.isLetter(name.charAt(1))) {
			return 1;
		}
		return switch (name) {
			case "RULE_STRING" -> 2;
			case "RULE_NUMBER", "RULE_DATE" -> 3;
			case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> 4;
			default -> 0;
		};
	}
}
