package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.salesengine.cli.SalesEngineCli;

/**
 * Runs the command line in-process the way {@code SalesEngineCli.main} does (on a thread with a 512 MB stack), under
 * a 10 s hang guard, and judges what it printed.
 */
record CliRun(int exitCode, String out, String err, List<String> args) {
	static final Duration HANG_GUARD = Duration.ofSeconds(10);
	private static final long STACK_BYTES = 512L * 1024 * 1024;
	/** One finding of the text report. */
	static final Pattern FINDING = Pattern.compile("^.+:\\d+:\\d+: (error|warning|info): .+ \\[[a-z0-9-]+\\]$");
	static final Pattern SUMMARY = Pattern.compile("^\\d+ files? checked: (no problems|\\d+ errors?, \\d+ warnings?, \\d+ info)$");

	static CliRun run(String... args) {
		return assertTimeoutPreemptively(HANG_GUARD, () -> onBigStack(args),
				() -> "salesengine " + String.join(" ", args) + " hung for more than " + HANG_GUARD.toSeconds() + " s");
	}

	private static CliRun onBigStack(String[] args) throws InterruptedException {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int[] exit = { -1 };
		Throwable[] thrown = { null };
		Thread worker = new Thread(null, () -> {
			try {
				exit[0] = SalesEngineCli.execute(args, new PrintWriter(out), new PrintWriter(err));
			} catch (Throwable t) {
				thrown[0] = t;
			}
		}, "salesengine-under-test", STACK_BYTES);
		// A hung worker must not keep the test JVM alive after the hang guard gave up on it.
		worker.setDaemon(true);
		worker.start();
		worker.join();
		if (thrown[0] != null) {
			throw new AssertionError("uncaught " + thrown[0] + " from salesengine " + String.join(" ", args), thrown[0]);
		}
		return new CliRun(exit[0], out.toString(), err.toString(), List.of(args));
	}

	/**
	 * What is wrong with the output of {@code check}, or null: a stack trace, an internal error, a crash turned into
	 * exit 2 by the last-resort handler, a line that is not a finding, or an exit code that disagrees with the findings.
	 */
	String checkProblem() {
		String shared = crashProblem();
		if (shared != null) {
			return shared;
		}
		if (exitCode == 2) {
			return err.lines().count() == 1 && err.startsWith("salesengine: ") && out.isEmpty() ? null
					: "exit 2 must come with one 'salesengine: ...' line and nothing else";
		}
		List<String> lines = out.lines().toList();
		if (lines.isEmpty() || !SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
			return "the last line is not the summary";
		}
		boolean errors = false;
		for (String line : lines.subList(0, lines.size() - 1)) {
			if (!FINDING.matcher(line).matches()) {
				return "not a finding: " + abbreviate(line);
			}
			errors |= line.contains(": error: ");
		}
		if (exitCode == 1 != errors || exitCode != 0 && exitCode != 1) {
			return "exit " + exitCode + " but " + (errors ? "errors" : "no errors") + " were reported";
		}
		return null;
	}

	/** What is wrong with the output of any command, or null. */
	String crashProblem() {
		String all = out + err;
		if (exitCode < 0 || exitCode > 2) {
			return "exit code " + exitCode;
		}
		if (all.contains("\tat ") || all.contains("Exception:") || all.contains("Exception\n") || all.contains("java.lang.")) {
			return "a stack trace or exception in the output";
		}
		if (all.contains("internal error") || all.contains("nested too deeply to process") || all.contains("out of memory")) {
			return "a crash reached the last-resort handler";
		}
		return null;
	}

	String describe() {
		return "salesengine " + String.join(" ", args) + " → exit " + exitCode + "\n--- out:\n" + abbreviate(out)
				+ "\n--- err:\n" + abbreviate(err);
	}

	private static String abbreviate(String text) {
		return text.length() <= 3000 ? text : text.substring(0, 3000) + "… (" + text.length() + " characters)";
	}
}
