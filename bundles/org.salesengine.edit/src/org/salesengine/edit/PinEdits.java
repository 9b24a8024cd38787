package org.salesengine.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.pins.PinFileFormat;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.model.Engine;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;

/**
 * What an operation does to the engine's pin file: a renamed element keeps its pins under its new id, a deleted one
 * loses them. The ids are compared element by element before and after the change, so whatever else the operation
 * renames or removes with it (the measures of a renamed KPI, the stages of a deleted process) follows too.
 */
final class PinEdits {
	/** The id of every element of the engine, before the operation changes the model. */
	private final Map<EObject, String> before = new IdentityHashMap<>();

	PinEdits(WholeEngine engine) {
		for (Engine fragment : engine.fragments()) {
			fragment.eAllContents().forEachRemaining(element -> {
				if (element instanceof NamedElement || element instanceof Measure) {
					before.put(element, ElementIds.of(element));
				}
			});
		}
	}

	/**
	 * The pin file's edit after the operation changed the model, or empty when it has no pin for an element that was
	 * renamed or deleted. A pin file with lines that cannot be read is left alone rather than rewritten without them.
	 */
	Optional<FileEdit> after(WholeEngine engine) {
		Optional<Path> file = PinFiles.of(engine);
		if (file.isEmpty() || !Files.isRegularFile(file.get())) {
			return Optional.empty();
		}
		PinFileFormat.Read read = PinFiles.read(file.get());
		if (!read.problems().isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> changed = new HashMap<>();
		before.forEach((element, id) -> {
			String now = element.eResource() == null ? null : ElementIds.of(element);
			if (!id.equals(now)) {
				changed.put(id, now);
			}
		});
		PinFile pins = read.pins().renamed(id -> changed.containsKey(id) ? changed.get(id) : id);
		if (pins.equals(read.pins())) {
			return Optional.empty();
		}
		try {
			String text = new String(Files.readAllBytes(file.get()), StandardCharsets.UTF_8);
			String after = PinFileFormat.write(pins, engine.name());
			return Optional.of(new FileEdit(URI.createFileURI(file.get().toAbsolutePath().toString()), text,
					List.of(new TextEdit(0, text.length(), after))));
		} catch (IOException e) {
			// Read a moment ago; if it is gone now, there are no pins to keep.
			return Optional.empty();
		}
	}
}
