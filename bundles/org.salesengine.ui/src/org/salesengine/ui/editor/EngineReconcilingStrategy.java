package org.salesengine.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/** Re-parses and re-validates the document in the reconciler's thread, a moment after typing stops. */
final class EngineReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
	private final EngineDocumentModel model;
	private IDocument document;

	EngineReconcilingStrategy(EngineDocumentModel model) {
		this.model = model;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	private void reconcile() {
		if (document != null) {
			model.update(document.get());
		}
	}
}
