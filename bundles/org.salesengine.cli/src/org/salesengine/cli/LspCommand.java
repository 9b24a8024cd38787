package org.salesengine.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.salesengine.lsp.SalesEngineLanguageServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code salesengine lsp}: the language server, for VS Code or any editor that speaks LSP. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Runs the language server for .sales files: LSP over standard input and output (logs on standard "
				+ "error), or over a loopback port with --socket.")
public class LspCommand implements Callable<Integer> {

	@Option(names = "--socket", paramLabel = "PORT",
			description = "Listen on 127.0.0.1:PORT (0: a free port, announced on standard error) and serve the first client.")
	Integer port;

	@Override
	public Integer call() throws IOException, InterruptedException {
		if (port != null && (port < 0 || port > 65535)) {
			throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
					"--socket: " + port + " is not a port (0 to 65535)");
		}
		// The client's exit notification ends the JVM (0 after shutdown, 1 without); a client that only closes the
		// connection ends here.
		if (port == null) {
			SalesEngineLanguageServer.serveStdio();
		} else {
			SalesEngineLanguageServer.serveSocket(port);
		}
		return ExitCodes.OK;
	}
}
