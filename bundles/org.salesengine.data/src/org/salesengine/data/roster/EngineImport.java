package org.salesengine.data.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.salesengine.data.columns.Header;
import org.salesengine.data.sheet.Sheet;
import org.salesengine.dsl.formatting2.EngineFormatting;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A roster or plan sheet as an engine file: the section's text is built from the rows, parsed by the language and laid
 * out by its formatter, so what is written is exactly what {@code salesengine format} would write, and parses clean.
 * The file holds one section of the engine ({@code engine Name { structure { ... } }}); the engine's other files hold
 * the rest, as an engine may span files.
 */
public class EngineImport {
	/** What the sheet becomes. */
	public enum Kind {
		STRUCTURE, COMPENSATION
	}

	/** The formatted text, or every problem of the sheet (then the text is null). */
	public record Result(String text, List<String> problems) {
		public boolean ok() {
			return problems.isEmpty();
		}
	}

	@Inject
	private IValueConverterService converters;
	@Inject
	private Provider<XtextResourceSet> resourceSets;
	@Inject
	private EngineFormatting formatting;

	public Result run(Sheet sheet, Kind kind, String engineName, Map<String, String> mapping) {
		Problems problems = new Problems(sheet.file());
		List<String> missing = new ArrayList<>();
		EngineText text = new EngineText(converters);
		String section;
		if (kind == Kind.STRUCTURE) {
			Header<RosterColumn> header = Header.of(sheet.header(), RosterColumn.values(), mapping, missing);
			missing.forEach(problems::ofSheet);
			section = missing.isEmpty() ? RosterImport.section(sheet, header, problems, text) : "";
		} else {
			Header<PlanColumn> header = Header.of(sheet.header(), PlanColumn.values(), mapping, missing);
			missing.forEach(problems::ofSheet);
			section = missing.isEmpty() ? PlanImport.section(sheet, header, problems, text) : "";
		}
		if (problems.any()) {
			return new Result(null, problems.lines());
		}
		String engine = "engine " + text.id(engineName) + " {\n" + section + "}\n";
		return new Result(format(engine), List.of());
	}

	/** The engine name a file name suggests: acme-structure.sales gives AcmeStructure. */
	public static String engineName(Path output) {
		String file = output == null ? "Imported" : output.getFileName().toString().replaceFirst("\\.sales$", "");
		String id = Names.id(file);
		return id.isEmpty() ? "Imported" : id;
	}

	private String format(String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("import:/imported.sales"));
		try {
			resource.load(new LazyStringInputStream(text), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		// Links to roles and KPIs of the engine's other files cannot resolve here; anything else is a bug of the import.
		List<Resource.Diagnostic> errors = resource.getErrors().stream().filter(e -> !(e instanceof XtextLinkingDiagnostic)).toList();
		if (!errors.isEmpty()) {
			throw new IllegalStateException("the imported text does not parse: " + errors.get(0).getMessage() + " in\n" + text);
		}
		return formatting.format(resource);
	}
}
