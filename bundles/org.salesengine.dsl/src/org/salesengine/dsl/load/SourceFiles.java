package org.salesengine.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user typed into the .sales files to read: folders are searched recursively, in name order. */
public final class SourceFiles {
	public static final String EXTENSION = ".sales";

	/** Raised for a path that does not exist or cannot be listed, and when nothing is left to check. */
	public static final class UsageProblem extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageProblem(String message) {
			super(message);
		}
	}

	private SourceFiles() {
	}

	public static List<Path> collect(List<Path> paths) throws UsageProblem {
		if (paths.isEmpty()) {
			throw new UsageProblem("no file or folder given");
		}
		LinkedHashSet<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				List<Path> found = listSalesFiles(path);
				if (found.isEmpty()) {
					throw new UsageProblem(path + ": folder holds no " + EXTENSION + " files");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				if (!Files.isReadable(path)) {
					throw new UsageProblem(path + ": file is not readable");
				}
				files.add(path.normalize());
			} else if (Files.exists(path)) {
				throw new UsageProblem(path + ": not a regular file or folder");
			} else {
				throw new UsageProblem(path + ": no such file or folder");
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> listSalesFiles(Path folder) throws UsageProblem {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
					.map(Path::normalize)
					.sorted(Comparator.comparing(Path::toString))
					.toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new UsageProblem(folder + ": cannot list folder (" + e.getMessage() + ")");
		}
	}
}
