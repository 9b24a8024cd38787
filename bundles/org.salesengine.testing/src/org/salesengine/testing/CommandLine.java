package org.salesengine.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

/**
 * The command line's entry point, as {@code SalesEngineCli::execute} has it, run in-process. The tests pass it in:
 * this bundle must not require the command-line bundle, whose test fragments require this one.
 */
@FunctionalInterface
public interface CommandLine {
	/** How long one command may take before it counts as hung. */
	Duration HANG_GUARD = Duration.ofSeconds(10);

	int execute(String[] args, PrintWriter out, PrintWriter err);

	/** Runs on the calling thread and keeps what the command printed. */
	default CliRun run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = execute(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(exit, out.toString(), err.toString(), List.of(args));
	}

	/**
	 * Runs the way {@code SalesEngineCli.main} does, on a thread with a 512 MB stack (deeply nested input needs it),
	 * and fails the test if the command takes longer than {@link #HANG_GUARD} or throws.
	 */
	default CliRun runGuarded(String... args) {
		return assertTimeoutPreemptively(HANG_GUARD, () -> onBigStack(args),
				() -> "salesengine " + String.join(" ", args) + " hung for more than " + HANG_GUARD.toSeconds() + " s");
	}

	private CliRun onBigStack(String[] args) throws InterruptedException {
		CliRun[] run = { null };
		Throwable[] thrown = { null };
		Thread worker = new Thread(null, () -> {
			try {
				run[0] = run(args);
			} catch (Throwable t) {
				thrown[0] = t;
			}
		}, "salesengine-under-test", 512L * 1024 * 1024);
		// A hung worker must not keep the test JVM alive after the hang guard gave up on it.
		worker.setDaemon(true);
		worker.start();
		worker.join();
		if (thrown[0] != null) {
			throw new AssertionError("uncaught " + thrown[0] + " from salesengine " + String.join(" ", args), thrown[0]);
		}
		return run[0];
	}
}
