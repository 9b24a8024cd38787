package org.salesengine.lsp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.salesengine.testing.TestFiles;

/**
 * {@code java -jar salesengine.jar lsp} in its own process, driven through LSP4J's client launcher. Standard error is
 * kept in a file: a test that fails shows what the server logged.
 */
final class ServerProcess implements AutoCloseable {
	final Process process;
	final SalesEngineServer server;
	final Client client = new Client();
	final Path stderr;

	ServerProcess() throws IOException {
		this.process = start(stderr = Files.createTempFile("salesengine-lsp", ".log"));
		Launcher<SalesEngineServer> launcher = new LSPLauncher.Builder<SalesEngineServer>().setLocalService(client)
				.setRemoteInterface(SalesEngineServer.class).setInput(process.getInputStream()).setOutput(process.getOutputStream())
				.create();
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** {@code salesengine.jar lsp ARGS...}, its standard error into {@code log}. */
	static Process start(Path log, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of("lsp"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command(command)).redirectError(log.toFile()).start();
	}

	/** {@code java -jar salesengine.jar ARGS...} with this JVM. */
	static List<String> command(List<String> args) {
		Path jar = TestFiles.root().resolve("releng/org.salesengine.cli.app/target/salesengine.jar");
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: build releng/org.salesengine.cli.app first "
					+ "(-pl releng/org.salesengine.cli.app,bundles/org.salesengine.lsp.tests -am)");
		}
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		if (Runtime.version().feature() >= 23) {
			// Guice uses sun.misc.Unsafe; Java 23+ warns about it on standard error (harmless, but noise in the log).
			command.add("--sun-misc-unsafe-memory-access=allow");
		}
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(args);
		return command;
	}

	String log() {
		try {
			return Files.readString(stderr);
		} catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	@Override
	public void close() throws IOException {
		process.destroyForcibly();
		Files.deleteIfExists(stderr);
	}

	/** Records what the server publishes; a test waits for the diagnostics of one file. */
	static final class Client implements LanguageClient {
		private final ConcurrentHashMap<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();
		/** How often each file's diagnostics were published: once per check of that file. */
		private final ConcurrentHashMap<String, Integer> publications = new ConcurrentHashMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			latest.put(params.getUri(), params.getDiagnostics());
			publications.merge(params.getUri(), 1, Integer::sum);
			notifyAll();
		}

		/** How many times the server has published this file's diagnostics so far. */
		int publications(String uri) {
			return publications.getOrDefault(uri, 0);
		}

		/** The first diagnostics published for {@code uri} that satisfy {@code ready}, waiting up to 60 s. */
		synchronized List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> ready) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (latest.get(uri) == null || !ready.test(latest.get(uri))) {
				long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
				if (left <= 0) {
					throw new AssertionError("no diagnostics for " + uri + " within 60 s; last: " + latest.get(uri));
				}
				wait(left);
			}
			return latest.get(uri);
		}

		private final java.util.concurrent.BlockingQueue<com.google.gson.JsonObject> diagramChanges = new java.util.concurrent.LinkedBlockingQueue<>();

		@org.eclipse.lsp4j.jsonrpc.services.JsonNotification("salesengine/diagramChanged")
		public void diagramChanged(com.google.gson.JsonObject params) {
			diagramChanges.add(params);
		}

		/** The next salesengine/diagramChanged whose files include {@code uri}, waiting up to 60 s. */
		com.google.gson.JsonObject diagramChange(String uri) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (System.nanoTime() < end) {
				com.google.gson.JsonObject change = diagramChanges.poll(1, TimeUnit.SECONDS);
				if (change != null && change.getAsJsonArray("uris").toString().contains("\"" + uri + "\"")) {
					return change;
				}
			}
			throw new AssertionError("no salesengine/diagramChanged for " + uri + " within 60 s");
		}

		/**
		 * Waits until the server has sent no salesengine/diagramChanged for {@code quietMillis} (every build started
		 * so far has ended), and forgets the ones it sent: the next one is then the next build's.
		 */
		void awaitBuildsEnded(long quietMillis) throws InterruptedException {
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (diagramChanges.poll(quietMillis, TimeUnit.MILLISECONDS) != null) {
				if (System.nanoTime() > end) {
					throw new AssertionError("the server kept building for 60 s");
				}
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
