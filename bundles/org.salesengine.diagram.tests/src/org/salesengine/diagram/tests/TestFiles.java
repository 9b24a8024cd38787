package org.salesengine.diagram.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's examples and docs (the build passes the root as salesengine.root). */
public final class TestFiles {
	private TestFiles() {
	}

	public static Path root() {
		String root = System.getProperty("salesengine.root");
		Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
		if (!Files.isDirectory(path.resolve("examples"))) {
			throw new IllegalStateException("cannot find the repository root (examples/) from " + path);
		}
		return path;
	}

	public static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	public static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
