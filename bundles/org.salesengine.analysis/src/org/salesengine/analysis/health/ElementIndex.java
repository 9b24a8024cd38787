package org.salesengine.analysis.health;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * Finds the element a finding is about: by its id, or, for findings that name none (a syntax error), the innermost
 * element whose text spans the finding's line.
 */
final class ElementIndex {
	private final Map<String, EObject> byId = new HashMap<>();
	private final List<Span> spans = new ArrayList<>();
	private final Engine first;

	private record Span(Path file, int startLine, int endLine, EObject element) {
	}

	ElementIndex(WholeEngine engine) {
		first = engine.fragments().get(0);
		for (Engine fragment : engine.fragments()) {
			add(fragment);
			for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof NamedElement named && named.getName() != null || element instanceof Measure) {
					add(element);
				}
			}
		}
	}

	private void add(EObject element) {
		byId.putIfAbsent(ElementIds.of(element), element);
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		Path file = file(element);
		if (node != null && file != null) {
			spans.add(new Span(file, node.getStartLine(), node.getEndLine(), element));
		}
	}

	/** The element a finding is about; the engine itself when nothing closer is known. */
	EObject elementOf(String id, String file, int line) {
		EObject element = id == null || id.isEmpty() ? null : byId.get(id);
		if (element != null) {
			return element;
		}
		Path path = file == null || file.isEmpty() ? null : Path.of(file).toAbsolutePath().normalize();
		Span innermost = null;
		for (Span span : spans) {
			if (span.file.equals(path) && span.startLine <= line && line <= span.endLine
					&& (innermost == null || span.endLine - span.startLine < innermost.endLine - innermost.startLine)) {
				innermost = span;
			}
		}
		return innermost != null ? innermost.element : first;
	}

	private static Path file(EObject element) {
		if (element.eResource() == null || element.eResource().getURI() == null || !element.eResource().getURI().isFile()) {
			return null;
		}
		return Path.of(element.eResource().getURI().toFileString()).toAbsolutePath().normalize();
	}
}
