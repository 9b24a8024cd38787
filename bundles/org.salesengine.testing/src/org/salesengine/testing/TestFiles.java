package org.salesengine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository the tests run from, its examples and the fixtures of each test bundle. The build passes the root as
 * the system property salesengine.root; without it (a test started by hand from a bundle's folder) the root is two
 * folders up.
 */
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

	public static String exampleText(String name) {
		return read(example(name));
	}

	/** The engines of examples/ (the .sales files, not the diagrams next to them), in name order. */
	public static List<Path> examples() {
		try (Stream<Path> files = Files.list(root().resolve("examples"))) {
			return files.filter(p -> p.toString().endsWith(".sales")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A file or folder in a test bundle's fixtures, e.g. fixture("org.salesengine.dsl.tests", "rules/x.sales"). */
	public static Path fixture(String testBundle, String relative) {
		return root().resolve("bundles").resolve(testBundle).resolve("fixtures").resolve(relative);
	}

	public static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
