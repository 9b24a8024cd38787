package org.salesengine.ui.markers;

import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.salesengine.dsl.ide.quickfix.Edit;
import org.salesengine.dsl.ide.quickfix.EngineFixes;
import org.salesengine.ui.SalesEngineUi;

/**
 * Quick fixes on markers: the fixes of {@link EngineFixes} (shared with the language server), computed from the
 * issue data the check attached to the marker and applied to the document (the open editor's, when there is one).
 */
public class QuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		EngineFixes fixes = SalesEngineUi.get().injector().getInstance(EngineFixes.class);
		return fixes.fixes(marker.getAttribute(Markers.CODE, ""), Markers.data(marker), marker.getAttribute(IMarker.CHAR_START, -1),
				marker.getAttribute(IMarker.CHAR_END, -1)).stream().map(fix -> resolution(fix.label(), fix.edit()))
				.toArray(IMarkerResolution[]::new);
	}

	private static IMarkerResolution resolution(String label, Function<String, Edit> change) {
		return new IMarkerResolution() {
			@Override
			public String getLabel() {
				return label;
			}

			@Override
			public void run(IMarker marker) {
				apply(marker, document -> change.apply(document.get()));
			}
		};
	}

	/** Edits the file's document through the shared text buffer, so an open editor shows the change at once. */
	static void apply(IMarker marker, Function<IDocument, Edit> change) {
		IFile file = (IFile) marker.getResource();
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				boolean wasDirty = buffer.isDirty();
				IDocument document = buffer.getDocument();
				Edit edit = change.apply(document);
				if (edit != null) {
					document.replace(edit.offset(), edit.length(), edit.text());
					if (!wasDirty) {
						buffer.commit(null, true);
					}
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			SalesEngineUi.log("quick fix failed on " + file, e);
		}
	}
}
