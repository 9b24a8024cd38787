package org.salesengine.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.ui.markers.Markers;

/**
 * Hover: on a diagnostic, its message and the rule's rationale from the rule catalogue (why practitioners care);
 * on a name, what the element is.
 */
public final class EngineTextHover implements ITextHover {
	private final EngineDocumentModel model;

	public EngineTextHover(EngineDocumentModel model) {
		this.model = model;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		List<String> parts = new ArrayList<>();
		if (viewer instanceof ISourceViewer source && source.getAnnotationModel() != null) {
			parts.addAll(diagnosticsAt(source.getAnnotationModel(), region.getOffset()));
		}
		String element = model.read(snapshot -> {
			EObject target = new EObjectAtOffsetHelper().resolveElementAt(snapshot.resource(), region.getOffset());
			return target == null || target.eIsProxy() ? null : ElementText.summary(target);
		});
		if (element != null) {
			parts.add(element);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** The message and rationale of each problem marker covering the offset. */
	public static List<String> diagnosticsAt(IAnnotationModel annotations, int offset) {
		List<String> result = new ArrayList<>();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position position = annotations.getPosition(annotation);
			if (!(annotation instanceof MarkerAnnotation markerAnnotation) || position == null || !position.includes(offset)
					&& position.getOffset() + position.getLength() != offset) {
				continue;
			}
			IMarker marker = markerAnnotation.getMarker();
			if (!marker.exists()) {
				continue;
			}
			result.add(explain(marker.getAttribute(IMarker.MESSAGE, ""), marker.getAttribute(Markers.CODE, "")));
		}
		return result;
	}

	public static String explain(String message, String code) {
		Rule rule = Rule.byCode(code);
		return rule == null ? message : message + "\nWhy it matters (" + rule.pillar().label() + "): " + rule.rationale();
	}
}
