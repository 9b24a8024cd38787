package org.salesengine.robustness.tests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.testing.TestFiles;

/**
 * Starts the command line in a separate JVM, for what cannot be tested in-process: a bounded heap, and a process
 * that is killed in the middle of writing.
 *
 * <p>It runs the shaded jar the build makes (releng/org.salesengine.cli.app/target/salesengine.jar) when that jar is
 * at least as new as the CLI bundle under test: the root pom lists this fragment after the jar's module, and the jar's
 * module does not depend on this fragment, so in a full build the jar is always fresh. In a partial build
 * ({@code -pl ... -am}) the jar may be missing or stale; then the classpath is the jars of the bundles the CLI bundle
 * is wired to in the running OSGi framework, found by following its wires (an OSGi class loader has no classpath).
 */
final class ExternalCli {
	private ExternalCli() {
	}

	static String java() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The command that starts the CLI with the given JVM options, without its arguments. */
	static List<String> command(String... jvmOptions) {
		List<String> command = new ArrayList<>();
		command.add(java());
		if (Runtime.version().feature() >= 23) {
			// Guice uses sun.misc.Unsafe; without this Java 23+ prints a warning on every start.
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of(jvmOptions));
		Path jar = TestFiles.root().resolve("releng/org.salesengine.cli.app/target/salesengine.jar");
		if (isFresh(jar)) {
			command.add("-jar");
			command.add(jar.toString());
		} else {
			command.add("-cp");
			command.add(String.join(File.pathSeparator, wiredClasspath()));
			command.add(SalesEngineCli.class.getName());
		}
		return command;
	}

	/** Runs to the end and returns exit code, standard output and standard error. */
	static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		return run(java.util.Map.of(), jvmOptions, args);
	}

	/** As {@link #run(List, String...)}, with these variables added to (or replacing those of) the environment. */
	static Result run(java.util.Map<String, String> environment, List<String> jvmOptions, String... args)
			throws IOException, InterruptedException {
		List<String> command = command(jvmOptions.toArray(String[]::new));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("salesengine-out", ".txt");
		Path err = Files.createTempFile("salesengine-err", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("salesengine " + String.join(" ", args) + " did not finish within 120 s");
			}
			return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	record Result(int exitCode, String out, String err) {
	}

	private static boolean isFresh(Path jar) {
		if (!Files.isRegularFile(jar)) {
			return false;
		}
		File cli = bundleFile(FrameworkUtil.getBundle(SalesEngineCli.class));
		return cli == null || jar.toFile().lastModified() >= cli.lastModified();
	}

	/** The jar or folder of every bundle reachable from the CLI bundle through its wires, the CLI first. */
	static List<String> wiredClasspath() {
		Bundle cli = FrameworkUtil.getBundle(SalesEngineCli.class);
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(cli));
		while (!todo.isEmpty()) {
			Bundle bundle = todo.poll();
			if (bundle.getBundleId() == 0 || !seen.add(bundle)) {
				continue;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				todo.add(wire.getProviderWiring().getBundle());
			}
		}
		List<String> classpath = new ArrayList<>();
		for (Bundle bundle : seen) {
			File file = bundleFile(bundle);
			if (file != null) {
				classpath.add(file.isDirectory() && new File(file, "target/classes").isDirectory()
						? new File(file, "target/classes").getPath() : file.getPath());
			}
		}
		return classpath;
	}

	/** Where a bundle was installed from: Equinox locations look like reference:file:/path or initial@reference:file:/path. */
	private static File bundleFile(Bundle bundle) {
		String location = bundle.getLocation();
		int file = location.indexOf("file:");
		if (file < 0) {
			return null;
		}
		try {
			return new File(URI.create(location.substring(file).replace(" ", "%20")));
		} catch (IllegalArgumentException e) {
			return new File(location.substring(file + "file:".length()));
		}
	}
}
