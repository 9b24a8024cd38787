package org.salesengine.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.SalesEnginePackage;
import org.salesengine.model.engine.ElementIds;

/**
 * Collects the analysis's own findings as {@link Finding}s, located at the element they are about (its name where it
 * has one), so editors, the command line and the health score treat them exactly like the validator's.
 */
public final class AnalysisFindings {
	private final List<Finding> findings = new ArrayList<>();

	public void report(AnalysisCheck check, Severity severity, String message, EObject element) {
		INode node = nameNode(element);
		String file = "";
		int line = 1;
		int column = 1;
		int endLine = 1;
		int endColumn = 1;
		if (node != null) {
			file = file(element);
			line = node.getStartLine();
			column = NodeModelUtils.getLineAndColumn(node, node.getOffset()).getColumn();
			endLine = node.getEndLine();
			endColumn = NodeModelUtils.getLineAndColumn(node, node.getEndOffset()).getColumn();
		}
		findings.add(new Finding(file, line, column, endLine, endColumn, severity, check.code(), message, ElementIds.of(element)));
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}

	private static INode nameNode(EObject element) {
		List<INode> names = element.eClass().getEAllStructuralFeatures().contains(SalesEnginePackage.Literals.NAMED_ELEMENT__NAME)
				? NodeModelUtils.findNodesForFeature(element, SalesEnginePackage.Literals.NAMED_ELEMENT__NAME)
				: List.of();
		if (!names.isEmpty()) {
			return names.get(0);
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node;
	}

	/**
	 * The element's file, written relative to the working directory when it lies below it: the way a user who typed
	 * {@code examples/acme.sales} sees the validator's findings.
	 */
	private static String file(EObject element) {
		if (element.eResource() == null || element.eResource().getURI() == null) {
			return "";
		}
		URI uri = element.eResource().getURI();
		if (!uri.isFile()) {
			return uri.toString();
		}
		Path path = Path.of(uri.toFileString()).normalize();
		Path here = Path.of("").toAbsolutePath().normalize();
		return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
	}
}
