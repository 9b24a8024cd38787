package org.salesengine.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.junit.jupiter.api.Test;

/** {@code salesengine lsp --socket 0}: a free loopback port, announced on standard error, serves one client. */
class SocketServerTest {

	@Test
	void servesOneClientOnTheLoopbackPortItAnnounces() throws Exception {
		Path log = Files.createTempFile("salesengine-lsp-socket", ".log");
		Path workspace = Files.createTempDirectory("salesengine-lsp-socket");
		Process process = ServerProcess.start(log, "--socket", "0");
		try {
			Matcher announced = awaitAnnouncement(log);
			assertEquals("127.0.0.1", announced.group(1), "bound to the loopback address only");
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(announced.group(2)))) {
				Launcher<SalesEngineServer> launcher = new LSPLauncher.Builder<SalesEngineServer>()
						.setLocalService(new ServerProcess.Client()).setRemoteInterface(SalesEngineServer.class)
						.setInput(socket.getInputStream()).setOutput(socket.getOutputStream()).create();
				launcher.startListening();
				SalesEngineServer server = launcher.getRemoteProxy();
				InitializeParams params = new InitializeParams();
				// A client without workspace folders names its root (Xtext's server needs one of the two).
				params.setRootUri(workspace.toUri().toString());
				assertNotNull(server.initialize(params).get(60, TimeUnit.SECONDS).getCapabilities().getHoverProvider());
				server.shutdown().get(60, TimeUnit.SECONDS);
				server.exit();
				assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not end after exit");
				assertEquals(0, process.exitValue(), Files.readString(log));
			}
			// Over a socket, standard output stays empty too.
			assertEquals(0, process.getInputStream().readAllBytes().length);
		} finally {
			process.destroyForcibly();
			Files.deleteIfExists(log);
			Files.deleteIfExists(workspace);
		}
	}

	private static Matcher awaitAnnouncement(Path log) throws Exception {
		Pattern listening = Pattern.compile("salesengine lsp: listening on ([0-9.]+):(\\d+)");
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < end) {
			Matcher matcher = listening.matcher(Files.readString(log));
			if (matcher.find()) {
				return matcher;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no port announced within 60 s: " + Files.readString(log));
	}
}
