package org.salesengine.ui.diagram.palette;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.edit.FileEdit;
import org.salesengine.edit.TextEdit;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Applies an edit's text edits to the editors' documents, one undoable step per file: each file's edits go into its
 * document inside one compound change of the document's undo manager (the one the editor's Undo uses), so that one
 * Ctrl+Z restores the text exactly. A file of the engine that is not open is opened in an editor first (without
 * taking the focus), so its change is undoable there too and saved with the editor, like typing.
 */
final class DocumentChanges {
	private DocumentChanges() {
	}

	/** The documents to change, checked before any is touched; a message when one no longer holds the edit's text. */
	static String apply(IWorkbenchPage page, List<FileEdit> edits) {
		// The pin file is not engine text: it is rewritten on disk (atomically) after the documents, never opened in
		// an engine editor. Its change is therefore not part of the editor's undo: an undone rename leaves the pin
		// under the new name, where the layout ignores it.
		List<FileEdit> files = edits.stream().filter(file -> !isPinFile(file)).toList();
		List<FileEdit> pinFiles = edits.stream().filter(DocumentChanges::isPinFile).toList();
		for (FileEdit pins : pinFiles) {
			if (!pins.file().isFile()) {
				return "the edit changes " + pins.path() + ", which is not on disk; nothing changed";
			}
		}
		List<IDocument> documents = new ArrayList<>();
		for (FileEdit file : files) {
			IFile target = workspaceFile(file);
			if (target == null) {
				return "the edit changes " + file.path() + ", which is not in the workspace; nothing changed";
			}
			SalesEngineEditor editor = editorOf(page, target);
			if (editor == null) {
				return "cannot open " + target.getFullPath() + " in an editor; nothing changed";
			}
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			if (!document.get().equals(file.before())) {
				return target.getName() + " changed while the edit was computed; nothing changed (try again)";
			}
			documents.add(document);
		}
		for (int i = 0; i < files.size(); i++) {
			replace(documents.get(i), files.get(i).edits());
		}
		for (FileEdit pins : pinFiles) {
			String failed = writePins(pins);
			if (failed != null) {
				return failed;
			}
		}
		return null;
	}

	private static boolean isPinFile(FileEdit file) {
		return PinFiles.EXTENSION.equals(file.file().fileExtension());
	}

	/** Writes the pin file's new text when the file still holds the text the edit was computed on. */
	private static String writePins(FileEdit pins) {
		Path path = Path.of(pins.file().toFileString());
		try {
			String now = Files.exists(path) ? Files.readString(path) : "";
			if (!now.equals(pins.before())) {
				return path.getFileName() + " changed while the edit was computed; its pins were left as they are";
			}
			AtomicFiles.write(path, pins.after());
			for (IFile resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri())) {
				resource.refreshLocal(0, null);
			}
			return null;
		} catch (IOException | CoreException e) {
			return "cannot write " + path.getFileName() + ": " + e.getMessage() + "; the engine's text was changed, its pins were not";
		}
	}

	/** The edits from the last to the first, so that each offset still refers to the text before the edits. */
	private static void replace(IDocument document, List<TextEdit> edits) {
		IDocumentUndoManager undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
		if (undo != null) {
			undo.beginCompoundChange();
		}
		try {
			for (int i = edits.size() - 1; i >= 0; i--) {
				TextEdit edit = edits.get(i);
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} catch (BadLocationException e) {
			// Cannot happen: the document was checked to hold the text the edits were computed on.
			throw new IllegalStateException(e);
		} finally {
			if (undo != null) {
				undo.endCompoundChange();
			}
		}
	}

	static IFile workspaceFile(FileEdit file) {
		if (!file.file().isFile()) {
			return null;
		}
		IFile[] found = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new java.io.File(file.file().toFileString()).toURI());
		return found.length == 0 ? null : found[0];
	}

	/** The open engine editor of the file, or one opened for it without activating it. */
	static SalesEngineEditor editorOf(IWorkbenchPage page, IFile file) {
		SalesEngineEditor open = openEditorOf(page, file);
		if (open != null) {
			return open;
		}
		try {
			IEditorPart opened = IDE.openEditor(page, file, SalesEngineUi.EDITOR_ID, false);
			return opened instanceof SalesEngineEditor engineEditor ? engineEditor : null;
		} catch (PartInitException e) {
			SalesEngineUi.log("cannot open " + file, e);
			return null;
		}
	}

	static SalesEngineEditor openEditorOf(IWorkbenchPage page, IFile file) {
		for (var reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof SalesEngineEditor editor && editor.getEditorInput() instanceof IFileEditorInput input
					&& input.getFile().equals(file)) {
				return editor;
			}
		}
		return null;
	}
}
