package org.salesengine.testing;

import java.util.List;
import java.util.regex.Pattern;

/** What one run of the command line printed and returned, and whether a user could rely on it. */
public record CliRun(int exitCode, String out, String err, List<String> args) {
	/** One finding of the text report. */
	public static final Pattern FINDING = Pattern.compile("^.+:\\d+:\\d+: (error|warning|info): .+ \\[[a-z0-9-]+\\]$");
	/** One finding of a cause with several, indented below the cause's line: {@code   path:line:col: message}. */
	public static final Pattern INSTANCE = Pattern.compile("^  .+:\\d+:\\d+: .+$");

	/** The line before the summary when the engine has scenarios: what they were checked for. */
	public static final Pattern SCENARIOS = Pattern.compile("^\\d+ scenarios? checked \\(.+\\): .+$");
	/** The last line of the text report. */
	public static final Pattern SUMMARY = Pattern
			.compile("^\\d+ files? checked: (no problems|\\d+ errors?, \\d+ warnings?, \\d+ info( \\(\\d+ causes?\\))?)$");

	public List<String> lines() {
		return out.lines().toList();
	}

	/** Output must never show a stack trace or an exception's name, whatever the input. */
	public boolean showsStackTrace() {
		String all = out + err;
		return all.contains("\tat ") || all.contains("Exception:") || all.contains("Exception\n") || all.contains("java.lang.")
				|| all.contains("Error:") && all.contains("java.");
	}

	/**
	 * What is wrong with the output of {@code check}, or null: a stack trace, an internal error, a crash turned into
	 * exit 2 by the last-resort handler, a line that is neither a cause's finding nor one of its indented instances, or an exit code that disagrees with the findings.
	 */
	public String checkProblem() {
		String shared = crashProblem();
		if (shared != null) {
			return shared;
		}
		if (exitCode == 2) {
			return err.lines().count() == 1 && err.startsWith("salesengine: ") && out.isEmpty() ? null
					: "exit 2 must come with one 'salesengine: ...' line and nothing else";
		}
		List<String> lines = lines();
		if (lines.isEmpty() || !SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
			return "the last line is not the summary";
		}
		boolean errors = false;
		int findings = lines.size() - 1;
		if (findings > 0 && SCENARIOS.matcher(lines.get(findings - 1)).matches()) {
			findings--;
		}
		for (String line : lines.subList(0, findings)) {
			if (INSTANCE.matcher(line).matches()) {
				continue;
			}
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
	public String crashProblem() {
		if (exitCode < 0 || exitCode > 2) {
			return "exit code " + exitCode;
		}
		if (showsStackTrace()) {
			return "a stack trace or exception in the output";
		}
		String all = out + err;
		if (all.contains("internal error") || all.contains("nested too deeply to process") || all.contains("out of memory")) {
			return "a crash reached the last-resort handler";
		}
		return null;
	}

	public String describe() {
		return "salesengine " + String.join(" ", args) + " → exit " + exitCode + "\n--- out:\n" + abbreviate(out)
				+ "\n--- err:\n" + abbreviate(err);
	}

	private static String abbreviate(String text) {
		return text.length() <= 3000 ? text : text.substring(0, 3000) + "… (" + text.length() + " characters)";
	}
}
