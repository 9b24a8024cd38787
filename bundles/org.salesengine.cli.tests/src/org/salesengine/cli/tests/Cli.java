package org.salesengine.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.salesengine.cli.SalesEngineCli;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

	static Cli run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = SalesEngineCli.execute(args, new PrintWriter(out), new PrintWriter(err));
		return new Cli(exit, out.toString(), err.toString());
	}

	static Path root() {
		String root = System.getProperty("salesengine.root");
		Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent().getParent();
		if (!Files.isDirectory(path.resolve("examples"))) {
			throw new IllegalStateException("cannot find the repository root from " + path);
		}
		return path;
	}

	static String example(String name) {
		return root().resolve("examples").resolve(name).toString();
	}

	/** Output must never show a stack trace, whatever the input. */
	boolean showsStackTrace() {
		String all = out + err;
		return all.contains("\tat ") || all.contains("Exception:") || all.contains("Error:") && all.contains("java.");
	}
}
