package org.salesengine.robustness.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository this test runs from (the build passes its root as salesengine.root), its examples and fixtures. */
final class Repo {
	private Repo() {
	}

	static Path root() {
		String root = System.getProperty("salesengine.root");
		Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
		if (!Files.isDirectory(path.resolve("examples"))) {
			throw new IllegalStateException("cannot find the repository root (examples/) from " + path);
		}
		return path;
	}

	static Path example(String name) {
		return root().resolve("examples").resolve(name);
	}

	static List<Path> examples() {
		try (Stream<Path> files = Files.list(root().resolve("examples"))) {
			return files.filter(p -> p.toString().endsWith(".sales")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Inputs that once broke the tool; every run replays them. */
	static Path fuzzRegressions() {
		return root().resolve("bundles/org.salesengine.robustness.tests/fixtures/fuzz-regressions");
	}

	static int intProperty(String name, int otherwise) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.trim());
	}
}
