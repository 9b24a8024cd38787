package org.salesengine.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One replacement in a file's text: {@code length} characters at {@code offset} (UTF-16 units, as Java strings,
 * JFace documents and LSP's default position encoding count) become {@code text}. The edits of one file never
 * overlap and all refer to the text before any of them is applied.
 */
public record TextEdit(int offset, int length, String text) {

	public TextEdit {
		if (offset < 0 || length < 0 || text == null) {
			throw new IllegalArgumentException("offset " + offset + ", length " + length + ", text " + text);
		}
	}

	/** The text with all the edits applied. */
	public static String apply(String original, List<TextEdit> edits) {
		StringBuilder result = new StringBuilder(original.length() + 64);
		int position = 0;
		for (TextEdit edit : sorted(edits)) {
			if (edit.offset < position || edit.offset + edit.length > original.length()) {
				throw new IllegalArgumentException("edits overlap or leave the text: " + edit);
			}
			result.append(original, position, edit.offset).append(edit.text);
			position = edit.offset + edit.length;
		}
		return result.append(original, position, original.length()).toString();
	}

	/** The edits that turn the edited text back into the original one: the undo of {@code edits}. */
	public static List<TextEdit> inverse(String original, List<TextEdit> edits) {
		List<TextEdit> inverse = new ArrayList<>(edits.size());
		int shift = 0;
		for (TextEdit edit : sorted(edits)) {
			inverse.add(new TextEdit(edit.offset + shift, edit.text.length(), original.substring(edit.offset, edit.offset + edit.length)));
			shift += edit.text.length() - edit.length;
		}
		return inverse;
	}

	static List<TextEdit> sorted(List<TextEdit> edits) {
		return edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList();
	}
}
