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
	private SemanticHighlighter highlighter;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setEditorContextMenuId("#SalesEngineEditorContext");
	}

	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IFile file = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
		model = file == null ? null : new EngineDocumentModel(file);
		if (model != null) {
			model.addListener(this::showLiveProblems);
		}
		setSourceViewerConfiguration(new EngineSourceViewerConfiguration(this, getPreferenceStore()));
		super.doSetInput(input);
	}

	@Override
	public void createPartControl(org.eclipse.swt.widgets.Composite parent) {
		super.createPartControl(parent);
		if (model != null && getSourceViewer() instanceof org.eclipse.jface.text.TextViewer textViewer) {
			highlighter = new SemanticHighlighter(getSourceViewer());
			textViewer.addTextPresentationListener(highlighter);
			model.addListener(snapshot -> {
				java.util.List<SemanticHighlighter.Span> spans = model.read(SemanticHighlighter::spansOf);
				org.eclipse.swt.widgets.Display display = parent.isDisposed() ? null : parent.getDisplay();
				if (display != null && spans != null) {
					display.asyncExec(() -> highlighter.show(spans));
				}
			});
		}
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "org.salesengine.ui.editorScope" });
	}

	/**
	 * While the document has unsaved changes, its markers follow the text being typed; once saved, the project
	 * validator (which sees every file of the engine as saved) takes over again.
	 */
	private void showLiveProblems(EngineDocumentModel.Snapshot snapshot) {
		IFile file = model.file();
		if (!isDirty() || !file.exists()) {
			return;
		}
		org.eclipse.core.resources.WorkspaceJob job = new org.eclipse.core.resources.WorkspaceJob("Live problems of " + file.getName()) {
			@Override
			public org.eclipse.core.runtime.IStatus runInWorkspace(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				if (model.latest() == snapshot) {
					org.salesengine.ui.markers.Markers.replace(file, snapshot.issues());
				}
				return org.eclipse.core.runtime.Status.OK_STATUS;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	/** The parsed model of this editor's document; null for input that is not a workspace file. */
	public EngineDocumentModel model() {
		return model;
	}

	/** The caret offset, for views that follow the caret (the diagram highlights the element under it). */
	public int caretOffset() {
		return ((ITextSelection) getSelectionProvider().getSelection()).getOffset();
	}

	public org.eclipse.jface.text.source.SourceViewerConfiguration getSourceViewerConfigurationForTests() {
		return getSourceViewerConfiguration();
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
