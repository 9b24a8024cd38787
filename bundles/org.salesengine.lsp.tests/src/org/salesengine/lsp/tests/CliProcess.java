package org.salesengine.lsp.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of {@code java -jar salesengine.jar ARGS...}: what the server's answers are compared with. */
record CliProcess(int exitCode, String out, String err) {

	static CliProcess run(String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("salesengine-cli", ".out");
		Path err = Files.createTempFile("salesengine-cli", ".err");
		try {
			Process process = new ProcessBuilder(ServerProcess.command(List.of(args))).redirectOutput(out.toFile())
					.redirectError(err.toFile()).start();
			if (!process.waitFor(ServerSession.SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("salesengine " + String.join(" ", args) + " did not end within " + ServerSession.SECONDS + " s");
			}
			return new CliProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
