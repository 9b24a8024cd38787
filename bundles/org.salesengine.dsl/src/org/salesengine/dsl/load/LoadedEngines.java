package org.salesengine.dsl.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

/** The files that were read, their findings, and the engines they hold (fragments of one engine grouped by name). */
public record LoadedEngines(List<Path> files, List<SourceFile> sources, List<Finding> findings) {

	public record SourceFile(Path path, XtextResource resource) {
		public Engine engine() {
			return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Engine engine) ? null : engine;
		}
	}

	public LoadedEngines {
		files = List.copyOf(files);
		sources = List.copyOf(sources);
		findings = List.copyOf(findings);
	}

	public long errorCount() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long count(org.eclipse.xtext.diagnostics.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** Engines in the order their first file was given; fragments in file order. Files that do not parse to an engine are left out. */
	public List<WholeEngine> engines() {
		Map<String, List<Engine>> byName = new LinkedHashMap<>();
		for (SourceFile source : sources) {
			Engine engine = source.engine();
			if (engine != null && engine.getName() != null) {
				byName.computeIfAbsent(engine.getName(), n -> new ArrayList<>()).add(engine);
			}
		}
		return byName.values().stream().map(WholeEngine::of).toList();
	}
}
