package org.salesengine.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.salesengine.dsl.load.AtomicFiles;

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

	/**
	 * Saves by writing a temporary file next to the file and renaming it over it, so a crash mid-save leaves the
	 * old file or the new one, never a torn one (Eclipse's own save truncates and writes in place). The file buffer
	 * is then told that it matches the disk again, which keeps the caret, the selection and the undo history.
	 */
	@Override
	protected void performSave(boolean overwrite, org.eclipse.core.runtime.IProgressMonitor monitor) {
		IFile file = model == null ? null : model.file();
		org.eclipse.core.filebuffers.ITextFileBuffer buffer = file == null ? null
				: org.eclipse.core.filebuffers.FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(),
						org.eclipse.core.filebuffers.LocationKind.IFILE);
		if (buffer == null || file.getLocation() == null || !file.exists()) {
			super.performSave(overwrite, monitor);
			return;
		}
		try {
			java.nio.file.Path target = file.getLocation().toPath();
			byte[] text = buffer.getDocument().get().getBytes(file.getCharset());
			long stamp = file.getModificationStamp();
			AtomicFiles.write(target, withByteOrderMarkOf(target, text));
			buffer.setDirty(false);
			// The same move as the buffer's own commit: after the refresh, give the file back the stamp the buffer
			// knows, so the buffer sees itself in step with the file and does not reload the text it already has
			// (a reload would move the caret and add an undo step).
			org.eclipse.core.resources.IWorkspace workspace = org.eclipse.core.resources.ResourcesPlugin.getWorkspace();
			org.eclipse.core.runtime.jobs.ISchedulingRule rule = org.eclipse.core.runtime.jobs.MultiRule.combine(
					workspace.getRuleFactory().refreshRule(file), workspace.getRuleFactory().modifyRule(file));
			workspace.run(inner -> {
				file.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ZERO, inner);
				file.revertModificationStamp(stamp);
			}, rule, 0, monitor);
			editorSaved();
			firePropertyChange(PROP_DIRTY);
		} catch (java.io.IOException | CoreException e) {
			buffer.setDirty(true);
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save failed",
					file.getName() + " was not saved: " + e.getMessage());
		}
	}

	/** Keeps a UTF-8 byte-order mark the file already had: some tools that read these files expect it. */
	private static byte[] withByteOrderMarkOf(java.nio.file.Path file, byte[] text) throws java.io.IOException {
		byte[] head = new byte[3];
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 3) == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
					&& !(text.length >= 3 && (text[0] & 0xFF) == 0xEF)) {
				byte[] marked = new byte[text.length + 3];
				System.arraycopy(head, 0, marked, 0, 3);
				System.arraycopy(text, 0, marked, 3, text.length);
				return marked;
			}
		}
		return text;
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
