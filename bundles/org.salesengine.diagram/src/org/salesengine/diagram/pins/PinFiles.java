package org.salesengine.diagram.pins;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.model.Engine;
import org.salesengine.model.engine.WholeEngine;

/**
 * Where an engine's pins live and how they are read and written: {@code acme.pins} beside {@code acme.sales}, the
 * engine's first file (of a multi-file engine: the first of its files, in the order they are loaded). A missing file
 * means no pins; an unreadable one is a single problem, and the diagrams are drawn without pins.
 */
public final class PinFiles {
	public static final String EXTENSION = "pins";

	private PinFiles() {
	}

	/** The pin file of the engine, or empty when its first file is not on disk. */
	public static Optional<Path> of(WholeEngine engine) {
		return firstFile(engine).flatMap(PinFiles::besides);
	}

	/** The URI of the engine's first file: the one its pin file is named after. */
	public static Optional<URI> firstFile(WholeEngine engine) {
		for (Engine fragment : engine.fragments()) {
			if (fragment.eResource() != null) {
				return Optional.of(fragment.eResource().getURI());
			}
		}
		return Optional.empty();
	}

	/**
	 * The pin file next to a .sales file given by its URI: a file URI, or one the platform resolves to a file (a
	 * workspace file's {@code platform:/resource} URI inside Eclipse).
	 */
	public static Optional<Path> besides(URI salesFile) {
		URI local = salesFile == null || salesFile.isFile() ? salesFile : CommonPlugin.resolve(salesFile);
		if (local == null || !local.isFile()) {
			return Optional.empty();
		}
		return Optional.of(besides(Path.of(local.toFileString())));
	}

	/** The pin file next to a .sales file: same folder, same stem, {@code .pins}. */
	public static Path besides(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return file.resolveSibling(stem + "." + EXTENSION);
	}

	/** The pins in the file; no file, no pins. */
	public static PinFileFormat.Read read(Path file) {
		if (!Files.exists(file)) {
			return new PinFileFormat.Read(PinFile.EMPTY, List.of());
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
			return PinFileFormat.read(text, file.toString());
		} catch (CharacterCodingException e) {
			return unreadable(file, "not UTF-8 text");
		} catch (IOException e) {
			return unreadable(file, "cannot be read (" + e.getMessage() + ")");
		}
	}

	/** The engine's pins, or none when it has no pin file. */
	public static PinFileFormat.Read read(WholeEngine engine) {
		return of(engine).map(PinFiles::read).orElse(new PinFileFormat.Read(PinFile.EMPTY, List.of()));
	}

	/** Writes the pins atomically. An engine that never had pins gets no file. */
	public static void write(Path file, PinFile pins, String engineName) throws IOException {
		if (pins.isEmpty() && !Files.exists(file)) {
			return;
		}
		AtomicFiles.write(file, PinFileFormat.write(pins, engineName));
	}

	private static PinFileFormat.Read unreadable(Path file, String why) {
		return new PinFileFormat.Read(PinFile.EMPTY, List.of(new PinProblem(file.toString(), 1, 1, "the pin file is " + why + ": the diagrams are drawn without pins")));
	}
}
