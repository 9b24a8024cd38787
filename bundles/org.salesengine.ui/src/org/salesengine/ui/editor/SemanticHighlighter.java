package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.dsl.ide.highlighting.PillarHighlighting;
import org.salesengine.ui.SalesEngineUi;

/**
 * Paints the IDE services' semantic highlighting over the lexer colours: names in their pillar's colour (the
 * diagrams' palette), declarations in bold. Positions come from the latest parse; they are applied on the UI thread.
 */
final class SemanticHighlighter implements ITextPresentationListener {
	/** One highlighted range: offset, length, and whether it declares the name. */
	record Span(int offset, int length, String pillar, boolean declaration) {
	}

	private static final Map<String, EnginePillar> PILLARS = Map.of(
			PillarHighlighting.STRATEGY, EnginePillar.STRATEGY,
			PillarHighlighting.STRUCTURE, EnginePillar.STRUCTURE,
			PillarHighlighting.CULTURE, EnginePillar.CULTURE,
			PillarHighlighting.COMPENSATION, EnginePillar.COMPENSATION);

	private final ISourceViewer viewer;
	private volatile List<Span> spans = List.of();

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
	}

	/** Computes the spans of a snapshot; call off the UI thread, under the model's lock. */
	static List<Span> spansOf(EngineDocumentModel.Snapshot snapshot) {
		List<Span> result = new ArrayList<>();
		SalesEngineUi.get().injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(
				snapshot.resource(), (offset, length, ids) -> {
					String pillar = ids.length > 0 ? ids[0] : null;
					boolean declaration = ids.length > 1 && PillarHighlighting.DECLARATION.equals(ids[1]);
					if (pillar != null && length > 0) {
						result.add(new Span(offset, length, pillar, declaration));
					}
				}, CancelIndicator.NullImpl);
		return result;
	}

	void show(List<Span> latest) {
		spans = latest;
		if (viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
			viewer.invalidateTextPresentation();
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int documentLength = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
		int start = presentation.getExtent().getOffset();
		int end = start + presentation.getExtent().getLength();
		for (Span span : spans) {
			if (span.offset() + span.length() <= start || span.offset() >= end || span.offset() + span.length() > documentLength) {
				continue;
			}
			Rgb colour = Palette.of(PILLARS.getOrDefault(span.pillar(), EnginePillar.COMPENSATION)).strong();
			StyleRange range = new StyleRange(span.offset(), span.length(), new Color(colour.red(), colour.green(), colour.blue()),
					null, span.declaration() ? SWT.BOLD : SWT.NORMAL);
			presentation.mergeStyleRange(range);
		}
	}
}
