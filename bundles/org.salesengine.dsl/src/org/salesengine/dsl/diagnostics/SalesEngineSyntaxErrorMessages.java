package org.salesengine.dsl.diagnostics;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.CommonToken;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.salesengine.dsl.validation.IssueCodes;

/**
 * Parser messages in the user's words: ANTLR token names become "a name", "a number" and so on, offending text is
 * shortened and made printable (a binary file or a 1 MB line must still give a one-line message), and every message
 * carries the stable code of its rule.
 */
public class SalesEngineSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String specific = ExpectedText.messageFor(context);
		String message = specific != null ? printable(specific, 400) : readable(context.getDefaultMessage());
		String symbol = symbolOutsideNames(context.getRecognitionException());
		if (symbol != null) {
			// The lexer splits a character beyond U+FFFF (an emoji) into two halves, and would quote only the first.
			int quote = message.indexOf("'\\u");
			int end = quote < 0 ? -1 : message.indexOf('\'', quote + 1);
			if (quote >= 0 && end > quote) {
				message = message.substring(0, quote + 1) + symbol + message.substring(end + 1);
			}
			message += ": names are made of letters, digits and _";
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX);
	}

	/** "😀' (U+1F600)" (to follow an opening quote) for an offending character outside BMP letters, or null. */
	private static String symbolOutsideNames(RecognitionException exception) {
		if (exception == null || !(exception.token instanceof CommonToken token) || token.getInputStream() == null) {
			return null;
		}
		String text = token.getText();
		if (text == null || text.length() != 1 || !Character.isHighSurrogate(text.charAt(0))) {
			return null;
		}
		int next = token.getStopIndex() + 1;
		if (next >= token.getInputStream().size()) {
			return null;
		}
		String low = token.getInputStream().substring(next, next);
		if (low.length() != 1 || !Character.isLowSurrogate(low.charAt(0))) {
			return null;
		}
		int codePoint = Character.toCodePoint(text.charAt(0), low.charAt(0));
		return new String(Character.toChars(codePoint)) + "' (U+" + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + ")";
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		ValueConverterException cause = context.getValueConverterException();
		String message = cause != null && cause.getMessage() != null ? cause.getMessage() : context.getDefaultMessage();
		return new SyntaxErrorMessage(printable(message, 200), IssueCodes.INVALID_VALUE);
	}

	static String readable(String antlrMessage) {
		if (antlrMessage == null) {
			return "the text does not parse here";
		}
		String message = antlrMessage
				.replace("RULE_ID", "a name")
				.replace("RULE_STRING", "a quoted text")
				.replace("RULE_NUMBER", "a number")
				.replace("RULE_DATE", "a date (YYYY-MM-DD)")
				.replace("RULE_ANY_OTHER", "an unexpected character")
				.replace("<EOF>", "end of file")
				.replace("EOF", "end of file");
		message = shortenQuoted(message)
				.replaceFirst("(?s)^mismatched input '(.*)' expecting (.*)$", "unexpected '$1', expected $2")
				.replaceFirst("(?s)^extraneous input '(.*)' expecting (.*)$", "unexpected '$1', expected $2")
				.replaceFirst("(?s)^missing (.*) at '(.*)'$", "missing $1 before '$2'")
				.replaceFirst("(?s)^no viable alternative at input '(.*)'$", "unexpected '$1'")
				.replace("unexpected 'end of file'", "unexpected end of file (is the file cut short?)")
				.replace("before 'end of file'", "at the end of the file");
		return printable(message, 240);
	}

	/** Shortens each quoted fragment (the offending input) so the message stays one readable line. */
	private static String shortenQuoted(String message) {
		StringBuilder out = new StringBuilder(Math.min(message.length(), 512));
		int i = 0;
		while (i < message.length()) {
			int open = message.indexOf('\'', i);
			int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
			if (open < 0 || close < 0) {
				out.append(message, i, message.length());
				break;
			}
			out.append(message, i, open + 1);
			String quoted = message.substring(open + 1, close);
			out.append(quoted.length() > 40 ? quoted.substring(0, 37) + "..." : quoted);
			out.append('\'');
			i = close + 1;
		}
		return out.toString();
	}

	/**
	 * Control characters, line and paragraph separators, format characters (byte-order marks, zero-width spaces,
	 * bidirectional overrides that would reorder a terminal line) and unpaired surrogates are shown as \\uXXXX, so
	 * that a message is one visible line; it is cut at max characters.
	 */
	public static String printable(String text, int max) {
		StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
		for (int i = 0; i < text.length() && out.length() < max; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				out.append("\\n");
			} else if (c == '\r') {
				out.append("\\r");
			} else if (c == '\t') {
				out.append("\\t");
			} else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
					&& isVisible(Character.toCodePoint(c, text.charAt(i + 1)))) {
				out.append(c).append(text.charAt(++i));
			} else if (!isVisible(c)) {
				out.append(String.format("\\u%04X", (int) c));
			} else {
				out.append(c);
			}
		}
		if (out.length() >= max) {
			out.setLength(Character.isHighSurrogate(out.charAt(max - 4)) ? max - 4 : max - 3);
			out.append("...");
		}
		return out.toString();
	}

	private static boolean isVisible(int codePoint) {
		if (Character.isISOControl(codePoint) || codePoint == '\uFFFD') {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR && type != Character.FORMAT
				&& type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE;
	}
}
