package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.dsl.load.LoadedEngines;

/** What the commands that write pictures and tables share: fonts to measure with, files written whole, one-line notes. */
final class Outputs {
	private Outputs() {
	}

	/** Writes the file atomically and says so on {@code out}; on failure says why in one line on {@code err}. */
	static boolean write(Path file, byte[] bytes, PrintWriter out, PrintWriter err) {
		try {
			AtomicFiles.write(file, bytes);
		} catch (IOException e) {
			err.println("salesengine: " + file + ": cannot write (" + e.getMessage() + ")");
			return false;
		}
		out.println("wrote " + file);
		return true;
	}

	/**
	 * The one engine a command that writes one document works on; null, having said why in one line, when the paths
	 * hold none or several.
	 */
	static org.salesengine.model.engine.WholeEngine oneEngine(LoadedEngines loaded, String what, PrintWriter err) {
		java.util.List<org.salesengine.model.engine.WholeEngine> engines = loaded.engines();
		if (engines.isEmpty()) {
			err.println("salesengine: nothing to " + what + ": no file holds an engine that can be read (run 'salesengine check' for details)");
			return null;
		}
		if (engines.size() > 1) {
			err.println("salesengine: the paths hold " + engines.size() + " engines ("
					+ String.join(", ", engines.stream().map(org.salesengine.model.engine.WholeEngine::name).toList())
					+ "): give the files of one engine");
			return null;
		}
		return engines.get(0);
	}

	/** Creates the output folder if needed; a sentence saying what is wrong with it, or null. */
	static String prepareFolder(Path folder) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return "not a folder";
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			return "cannot create folder (" + e.getMessage() + ")";
		}
		return Files.isWritable(folder) ? null : "folder is not writable";
	}

	/** Why a file cannot be written where it is asked for (its folder is missing or is not a folder), or null. */
	static String parentProblem(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (java.nio.file.Files.isDirectory(file)) {
			return file + ": is a folder, not a file";
		}
		if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
			return file + ": the folder " + folder + " does not exist";
		}
		return java.nio.file.Files.isWritable(folder) ? null : file + ": the folder " + folder + " is not writable";
	}

	/** "the design has 9 errors, marked in the diagrams (run 'salesengine check' for the list)". */
	static String errorsMarked(LoadedEngines loaded, String where) {
		long errors = loaded.errorCount();
		return "the design has " + errors + (errors == 1 ? " error" : " errors") + ", marked in the " + where
				+ " (run 'salesengine check' for the list)";
	}

	/**
	 * Whether text can be measured for a picture; says why not, or warns that the theme's font is missing, on
	 * {@code err}. Shared by every command that draws.
	 */
	static boolean fontsUsable(PrintWriter err) {
		Boolean themeFont = themeFontInstalled();
		if (themeFont == null) {
			err.println("salesengine: cannot measure text: no fonts are installed (install fontconfig and fonts-dejavu-core)");
			return false;
		}
		if (!themeFont) {
			err.println("salesengine: warning: font " + Theme.FONT_FAMILY + " is not installed; text is measured with a substitute"
					+ " and may not fit its boxes (install fonts-dejavu-core)");
		}
		return true;
	}

	/**
	 * Whether the diagrams' font is installed, or null when AWT has no font at all: headless AWT without fontconfig
	 * or fonts fails with an Error or an exception from deep inside the JDK, which must not reach the user as such.
	 */
	private static Boolean themeFontInstalled() {
		try {
			return TextMetrics.isThemeFontInstalled();
		} catch (Error | RuntimeException e) {
			return null;
		}
	}
}
