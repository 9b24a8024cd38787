package org.salesengine.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The .sales editor: a JFace text editor on Xtext's UI-independent IDE services (lexer colouring, content assist,
 * validation, formatting, hover, go to definition, outline), since the Xtext editor itself is not obtainable.
 */
public class SalesEngineEditor extends TextEditor {
	private EngineDocumentModel model;
	private EngineOutlinePage outline;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setEditorContextMenuId("#SalesEngineEditorContext");
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IFile file = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		model = file == null ? null : new EngineDocumentModel(file);
		setSourceViewerConfiguration(new EngineSourceViewerConfiguration(this, getPreferenceStore()));
		super.doSetInput(input);
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "org.salesengine.ui.editorScope" });
	}

	/** The parsed model of this editor's document; null for input that is not a workspace file. */
	public EngineDocumentModel model() {
		return model;
	}

	/** The caret offset, for views that follow the caret (the diagram highlights the element under it). */
	public int caretOffset() {
		return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
	}

	public org.eclipse.jface.text.source.ISourceViewer viewer() {
		return getSourceViewer();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class && model != null) {
			if (outline == null) {
				outline = new EngineOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}
}
