package org.salesengine.edit;

import java.util.List;

import org.eclipse.emf.common.util.URI;

/**
 * The edits of one file, with the text they apply to: what a caller applies to an editor's document or writes to the
 * file. {@link #undo()} gives the edits that restore the original text from the edited one.
 */
public record FileEdit(URI file, String before, List<TextEdit> edits) {

	public FileEdit {
		edits = TextEdit.sorted(edits);
	}

	public String after() {
		return TextEdit.apply(before, edits);
	}

	/** The inverse edits, to apply to {@link #after()}. */
	public FileEdit undo() {
		return new FileEdit(file, after(), TextEdit.inverse(before, edits));
	}

	/** The file's path, for files on disk; the URI otherwise. */
	public String path() {
		return file.isFile() ? file.toFileString() : file.toString();
	}
}
