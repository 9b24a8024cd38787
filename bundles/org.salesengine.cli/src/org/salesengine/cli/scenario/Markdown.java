package org.salesengine.cli.scenario;

/**
 * Model text (names, display names, messages) made safe for a Markdown table cell in a pull-request comment: no
 * HTML, no emphasis or links, no cell break. GitHub renders HTML in comments, so &lt; and &amp; are escaped too.
 */
public final class Markdown {
	private Markdown() {
	}

	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '|' -> out.append("\\|");
				case '\n', '\r' -> out.append(' ');
				case '\\', '`', '*', '_', '[', ']', '#', '~', '!' -> out.append('\\').append(c);
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** A table row: | a | b | c | */
	public static String row(java.util.List<String> cells) {
		return "| " + String.join(" | ", cells) + " |";
	}
}
