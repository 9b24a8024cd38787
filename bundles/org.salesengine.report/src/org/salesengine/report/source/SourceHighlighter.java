package org.salesengine.report.source;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.salesengine.dsl.ide.highlighting.PillarHighlighting;
import org.salesengine.dsl.parser.antlr.internal.InternalSalesEngineLexer;
import org.salesengine.report.html.Html;

/**
 * An engine's text as highlighted HTML, coloured as the workbench's editor colours it: keywords, strings, numbers and
 * comments from the language's own ANTLR lexer, then every name in its pillar's colour (bold where it is declared)
 * from the IDE's semantic highlighting, {@link PillarHighlighting}. Each line is a {@code span class="l"} (the style
 * sheet numbers them); every character is escaped.
 */
public final class SourceHighlighter {
	private SourceHighlighter() {
	}

	/** The resource's text, highlighted; the resource must have been parsed (its node model gives the offsets). */
	public static String html(XtextResource resource, String text) {
		String[] classes = new String[text.length()];
		lexical(resource, text, classes);
		new PillarHighlighting().provideHighlightingFor(resource, (offset, length, ids) -> {
			if (ids.length == 0 || offset < 0 || offset + length > text.length()) {
				return;
			}
			String style = "s-" + ids[0] + (ids.length > 1 && PillarHighlighting.DECLARATION.equals(ids[1]) ? " decl" : "");
			for (int i = offset; i < offset + length; i++) {
				classes[i] = style;
			}
		}, CancelIndicator.NullImpl);
		return lines(text, classes);
	}

	private static void lexical(XtextResource resource, String text, String[] classes) {
		Map<Integer, String> names = resource.getResourceServiceProvider().get(ITokenDefProvider.class).getTokenDefMap();
		InternalSalesEngineLexer lexer = new InternalSalesEngineLexer(new ANTLRStringStream(text));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			String style = style(names.get(token.getType()));
			if (style == null) {
				continue;
			}
			int end = Math.min(common.getStopIndex() + 1, text.length());
			for (int i = Math.max(0, common.getStartIndex()); i < end; i++) {
				classes[i] = style;
			}
		}
	}

	/** The lexer's token names: keywords are quoted words ('kpi'), the terminals are rule names. */
	private static String style(String name) {
		if (name == null) {
			return null;
		}
		if (name.startsWith("'") && name.length() > 1 && Character.isLetter(name.charAt(1))) {
			return "kw";
		}
		return switch (name) {
			case "RULE_STRING" -> "str";
			case "RULE_NUMBER", "RULE_DATE" -> "nr";
			case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> "com";
			default -> null;
		};
	}

	private static String lines(String text, String[] classes) {
		StringBuilder out = new StringBuilder(text.length() * 2);
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			if (start == text.length() && start > 0) {
				break;
			}
			out.append("<span class=\"l\">");
			int run = start;
			while (run < end) {
				int next = run;
				while (next < end && same(classes[next], classes[run])) {
					next++;
				}
				String piece = Html.escape(text.substring(run, next).replace("\r", ""));
				if (classes[run] == null) {
					out.append(piece);
				} else {
					out.append("<span class=\"").append(classes[run]).append("\">").append(piece).append("</span>");
				}
				run = next;
			}
			// An empty line still takes its height and its number.
			out.append(start == end ? " " : "").append("</span>");
			start = end + 1;
		}
		return out.toString();
	}

	private static boolean same(String a, String b) {
		return a == null ? b == null : a.equals(b);
	}
}
