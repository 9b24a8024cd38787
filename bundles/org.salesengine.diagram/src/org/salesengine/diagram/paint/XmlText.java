package org.salesengine.diagram.paint;

/** Text and ids made safe for XML, whatever a .sales file's names and strings contain. */
final class XmlText {
	private XmlText() {
	}

	/** Escapes markup characters and drops characters XML 1.0 cannot carry at all (most control characters). */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\n' -> escaped.append("&#10;");
				default -> {
					if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * An id as an XML name. Qualified names of the language are valid XML names except for a few non-Latin
	 * punctuation letters the grammar allows; those become '_'. The qualified name itself is always in data-element.
	 */
	static String id(String id) {
		StringBuilder name = new StringBuilder(id.length());
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			boolean ok = i == 0 ? isNameStart(c) : isNameStart(c) || isNameChar(c);
			name.append(ok ? c : '_');
		}
		return name.length() == 0 ? "_" : name.toString();
	}

	private static boolean isNameStart(char c) {
		return c == ':' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
				|| (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF)
				|| (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF)
				|| (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD);
	}

	private static boolean isNameChar(char c) {
		return c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
	}
}
