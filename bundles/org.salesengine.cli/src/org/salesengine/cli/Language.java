package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.salesengine.dsl.ide.SalesEngineIdeSetup;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;

import com.google.inject.Injector;

/**
 * The language's injector, created once per process: creating it is the costliest step of a cold start. It is the
 * IDE injector, as in the workbench, because the edit operations need its change serializer; one injector serves
 * every command, so that no two register the language twice in EMF's global registries.
 */
public final class Language {
	private static Injector injector;

	private Language() {
	}

	/**
	 * Reads the files and folders as every command does; on a usage problem (no such file, nothing to read) says so in
	 * one line on {@code err} and returns null.
	 */
	static LoadedEngines load(List<Path> paths, PrintWriter err) {
		try {
			return injector().getInstance(EngineLoader.class).load(paths);
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return null;
		}
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new SalesEngineIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
