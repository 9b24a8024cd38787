package org.salesengine.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * Starts Xtext's language server for .sales files over standard input and output, or over one connection to a
 * loopback port.
 *
 * <p>Standard output carries nothing but LSP messages: one stray byte breaks the framing. So the protocol keeps the
 * real standard output for itself, and {@code System.out} is pointed at standard error before anything else runs;
 * Xtext's log4j configuration writes to standard output, so its appenders are replaced by one on standard error.
 */
public final class SalesEngineLanguageServer {
	private SalesEngineLanguageServer() {
	}

	/** Serves one client over the given streams until it sends {@code exit} (which ends the JVM) or closes them. */
	public static void serveStdio() throws InterruptedException {
		PrintStream protocolOut = System.out;
		InputStream protocolIn = System.in;
		System.setOut(System.err);
		logToStandardError();
		serve(protocolIn, protocolOut);
	}

	/**
	 * Listens on 127.0.0.1 only (an editor on this machine, never the network) and serves the first client that
	 * connects. {@code port} 0 picks a free port; the port is announced on standard error.
	 */
	public static void serveSocket(int port) throws IOException, InterruptedException {
		System.setOut(System.err);
		logToStandardError();
		try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			System.err.println("salesengine lsp: listening on " + server.getInetAddress().getHostAddress() + ":"
					+ server.getLocalPort());
			try (Socket client = server.accept()) {
				serve(client.getInputStream(), client.getOutputStream());
			}
		}
	}

	private static void serve(InputStream in, OutputStream out) throws InterruptedException {
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
			binder.bind(SemanticTokensService.class).to(PillarSemanticTokens.class);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(EngineIncrementalBuilder.class);
		})).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
		} catch (ExecutionException e) {
			System.err.println("salesengine lsp: the connection ended: " + e.getCause());
		}
	}

	private static void logToStandardError() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(new ConsoleAppender(new PatternLayout("salesengine lsp: %-5p %c{1} - %m%n"), ConsoleAppender.SYSTEM_ERR));
		root.setLevel(Level.WARN);
	}
}
