package org.salesengine.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.salesengine.dsl.load.AtomicFiles;

/**
 * Prints an HTML file to PDF with the machine's headless Chromium (Debian's {@code chromium} package), when it is
 * installed: nothing is ever downloaded. Chromium gets a fresh profile folder and every switch that stops it from
 * reaching the network, and must finish within {@link #TIMEOUT_SECONDS}.
 */
public final class ChromiumPdf {
	public static final String HOW_TO_INSTALL = "apt-get install chromium";
	static final long TIMEOUT_SECONDS = 120;
	private static final List<String> NAMES = List.of("chromium", "chromium-browser");

	private final List<Path> searchPath;

	/** Looks for Chromium in these folders, in order. */
	public ChromiumPdf(List<Path> searchPath) {
		this.searchPath = List.copyOf(searchPath);
	}

	/**
	 * The system property that replaces the PATH as where to look for Chromium (folders separated as in PATH): for a
	 * Chromium installed elsewhere, and for tests of a machine without one.
	 */
	public static final String SEARCH_PATH_PROPERTY = "salesengine.chromiumSearchPath";

	/** Looks for Chromium on the PATH, or on {@link #SEARCH_PATH_PROPERTY} when it is set. */
	public static ChromiumPdf onPath() {
		String path = System.getProperty(SEARCH_PATH_PROPERTY, System.getenv("PATH"));
		List<Path> folders = new ArrayList<>();
		if (path != null) {
			for (String folder : path.split(File.pathSeparator)) {
				if (!folder.isEmpty()) {
					folders.add(Path.of(folder));
				}
			}
		}
		return new ChromiumPdf(folders);
	}

	/** The Chromium executable, if one is installed. */
	public Optional<Path> executable() {
		for (Path folder : searchPath) {
			for (String name : NAMES) {
				Path candidate = folder.resolve(name);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** Thrown when printing fails; the message is one sentence for the user. */
	public static final class PrintProblem extends Exception {
		private static final long serialVersionUID = 1L;

		PrintProblem(String message) {
			super(message);
		}
	}

	/**
	 * Prints {@code html} to {@code pdf}. Chromium prints into its own temporary folder; the finished PDF is then
	 * written with {@link AtomicFiles}, so the user's file is replaced whole and gets a new file's usual permissions.
	 */
	public void print(Path chromium, Path html, Path pdf) throws PrintProblem {
		Path profile = null;
		try {
			profile = Files.createTempDirectory("salesengine-chromium-");
			Path printed = profile.resolve("printed.pdf");
			List<String> command = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--no-pdf-header-footer", "--user-data-dir=" + profile.resolve("profile"), "--print-to-pdf=" + printed,
					html.toAbsolutePath().toUri().toString());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new PrintProblem("chromium did not print within " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(printed) || Files.size(printed) == 0) {
				throw new PrintProblem("chromium could not print the report (exit code " + process.exitValue() + ")");
			}
			AtomicFiles.write(pdf, Files.readAllBytes(printed));
		} catch (IOException e) {
			throw new PrintProblem("cannot print to " + pdf + " (" + e.getMessage() + ")");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PrintProblem("printing was interrupted");
		} finally {
			deleteTree(profile);
		}
	}

	private static void delete(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// A temporary file left behind costs nothing that matters.
		}
	}

	private static void deleteTree(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(ChromiumPdf::delete);
		} catch (IOException e) {
			// Chromium's profile in the temporary folder; the system cleans it up in time.
		}
	}
}
