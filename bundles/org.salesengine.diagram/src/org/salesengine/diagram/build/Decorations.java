package org.salesengine.diagram.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

/**
 * The findings of a validation run, grouped by the qualified name of the element they are about, so a diagram can
 * put a badge on each element that has findings. Infos are left out: a badge is a call to act.
 */
public final class Decorations {
	public static final Decorations NONE = new Decorations(List.of());

	private final Map<String, List<Finding>> byElement = new LinkedHashMap<>();
	private final List<Finding> withoutElement = new ArrayList<>();

	private Decorations(List<Finding> findings) {
		for (Finding finding : findings) {
			if (finding.severity() != Severity.ERROR && finding.severity() != Severity.WARNING) {
				continue;
			}
			if (finding.element().isEmpty()) {
				withoutElement.add(finding);
			} else {
				byElement.computeIfAbsent(finding.element(), id -> new ArrayList<>()).add(finding);
			}
		}
	}

	public static Decorations of(List<Finding> findings) {
		return new Decorations(findings);
	}

	/** The findings about this element, in the order validation reported them. */
	public List<Finding> about(String elementId) {
		return byElement.getOrDefault(elementId, List.of());
	}

	/**
	 * The findings about the engine as a whole: those whose element is the engine itself (street quota) and those
	 * tied to none of its elements but to one of its files (a syntax error).
	 */
	public List<Finding> aboutEngine(WholeEngine engine) {
		List<Finding> result = new ArrayList<>(about(engine.name()));
		List<Path> files = new ArrayList<>();
		for (Engine fragment : engine.fragments()) {
			Resource resource = fragment.eResource();
			if (resource != null && resource.getURI() != null && resource.getURI().isFile()) {
				files.add(Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize());
			}
		}
		for (Finding finding : withoutElement) {
			if (files.contains(Path.of(finding.file()).toAbsolutePath().normalize())) {
				result.add(finding);
			}
		}
		return result;
	}
}
