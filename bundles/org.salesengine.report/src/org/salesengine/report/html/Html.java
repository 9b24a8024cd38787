package org.salesengine.report.html;

/**
 * An HTML document being written. Every piece of text from an engine goes through {@link #text} or an attribute
 * method, which escape it, so a display name such as {@code <script>alert(1)</script>} shows as text and runs
 * nothing; only markup the report itself composes goes through {@link #raw}.
 */
public final class Html {
	private final StringBuilder out = new StringBuilder(256 * 1024);

	/** Escapes the characters HTML gives a meaning to, and drops control characters no page can show. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (c >= 0x20 && c != 0x7F && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/** Markup composed by the report; never text from an engine. */
	public Html raw(String markup) {
		out.append(markup);
		return this;
	}

	public Html text(String text) {
		out.append(escape(text));
		return this;
	}

	/** {@code <tag class="cssClass">}; no class attribute when cssClass is null. */
	public Html open(String tag, String cssClass) {
		out.append('<').append(tag);
		if (cssClass != null) {
			out.append(" class=\"").append(escape(cssClass)).append('"');
		}
		out.append('>');
		return this;
	}

	public Html open(String tag) {
		return open(tag, null);
	}

	public Html close(String tag) {
		out.append("</").append(tag).append(">\n");
		return this;
	}

	/** An element holding escaped text. */
	public Html element(String tag, String cssClass, String text) {
		return open(tag, cssClass).text(text).close(tag);
	}

	public Html paragraph(String text) {
		return element("p", null, text);
	}

	/** A heading with an id the table of contents links to. */
	public Html heading(int level, String id, String text) {
		out.append("<h").append(level);
		if (id != null) {
			out.append(" id=\"").append(escape(id)).append('"');
		}
		out.append('>').append(escape(text)).append("</h").append(level).append(">\n");
		return this;
	}

	/** A link inside the document. */
	public Html anchorLink(String id, String text) {
		out.append("<a href=\"#").append(escape(id)).append("\">").append(escape(text)).append("</a>");
		return this;
	}

	/** A bulleted list of escaped sentences; nothing when there are none. */
	public Html list(Iterable<String> items) {
		boolean any = false;
		for (String item : items) {
			if (!any) {
				out.append("<ul>\n");
				any = true;
			}
			out.append("<li>").append(escape(item)).append("</li>\n");
		}
		if (any) {
			out.append("</ul>\n");
		}
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
