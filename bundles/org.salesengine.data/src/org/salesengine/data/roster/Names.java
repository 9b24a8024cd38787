package org.salesengine.data.roster;

/**
 * Names for the engine's text from a sheet's words: "Account executive" becomes AccountExecutive, with the original
 * text kept as the display name. Only characters the language's ID accepts are kept (letters of the common scripts,
 * digits, underscore); a name that would start with a digit gets an underscore in front. Keywords are escaped with ^
 * by the language's own value converter when the text is written.
 */
public final class Names {
	private Names() {
	}

	/** The name, or an empty string when the text has no character a name can hold. */
	public static String id(String text) {
		StringBuilder id = new StringBuilder();
		boolean wordStart = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isNameChar(c)) {
				wordStart = true;
				continue;
			}
			if (id.isEmpty() && c >= '0' && c <= '9') {
				id.append('_');
			}
			id.append(wordStart ? Character.toUpperCase(c) : c);
			wordStart = false;
		}
		return id.toString();
	}

	/** Whether the text is a name as it stands (keywords aside, which the converter escapes). */
	public static boolean isName(String text) {
		return !text.isEmpty() && !(text.charAt(0) >= '0' && text.charAt(0) <= '9') && text.chars().allMatch(c -> isNameChar((char) c));
	}

	/** The display name to keep: the original text, unless it is the name itself. */
	public static String displayName(String text, String id) {
		String stripped = text.strip();
		return stripped.equals(id) ? null : stripped;
	}

	/** The characters of the grammar's ID terminal (its LETTER ranges included). */
	static boolean isNameChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
				|| c >= '\u00C0' && c <= '\u00D6' || c >= '\u00D8' && c <= '\u00F6' || c >= '\u00F8' && c <= '\u02AF'
				|| c >= '\u0370' && c <= '\u03FF' || c >= '\u0400' && c <= '\u052F' || c >= '\u0590' && c <= '\u05FF'
				|| c >= '\u0600' && c <= '\u06FF' || c >= '\u0900' && c <= '\u0DFF' || c >= '\u0E00' && c <= '\u0E7F'
				|| c >= '\u1100' && c <= '\u11FF' || c >= '\u3040' && c <= '\u30FF' || c >= '\u3400' && c <= '\u4DBF'
				|| c >= '\u4E00' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF';
	}
}
