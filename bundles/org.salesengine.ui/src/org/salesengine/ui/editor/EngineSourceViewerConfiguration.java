package org.salesengine.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the IDE services into the text viewer. */
final class EngineSourceViewerConfiguration extends TextSourceViewerConfiguration {
	private final SalesEngineEditor editor;

	EngineSourceViewerConfiguration(SalesEngineEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(new SyntaxScanner());
		reconciler.setDamager(new ToEndOfDocument(), IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		if (editor.model() == null) {
			return null;
		}
		MonoReconciler reconciler = new MonoReconciler(new EngineReconcilingStrategy(editor.model()), false);
		reconciler.setDelay(400);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		if (editor.model() == null) {
			return null;
		}
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new ContentAssist(editor.model()), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoInsert(true);
		assistant.setShowEmptyList(true);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return editor.model() == null ? super.getTextHover(sourceViewer, contentType) : new EngineTextHover(editor.model());
	}

	@Override
	public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
		IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
		IHyperlinkDetector[] all = new IHyperlinkDetector[(inherited == null ? 0 : inherited.length) + 1];
		all[0] = new DefinitionHyperlinks(editor);
		if (inherited != null) {
			System.arraycopy(inherited, 0, all, 1, inherited.length);
		}
		return all;
	}

	/** A block comment opened on one line re-colours everything after it, so repaint from the change to the end. */
	private static final class ToEndOfDocument implements IPresentationDamager {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			try {
				int start = document.getLineOffset(document.getLineOfOffset(Math.min(event.getOffset(), document.getLength())));
				return new Region(start, document.getLength() - start);
			} catch (org.eclipse.jface.text.BadLocationException e) {
				return new Region(0, document.getLength());
			}
		}
	}
}
