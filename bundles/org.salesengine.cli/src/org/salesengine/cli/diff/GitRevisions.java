package org.salesengine.cli.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The .sales files of a git revision, read with the system {@code git} ({@code git ls-tree}, {@code git show
 * REV:path}) into a folder of their own: the working tree, the index and HEAD are never touched.
 */
public final class GitRevisions {
	private GitRevisions() {
	}

	/** git failed or is missing; the message is the error line. */
	public static final class GitProblem extends Exception {
		private static final long serialVersionUID = 1L;

		GitProblem(String message) {
			super(message);
		}
	}

	/** The repository's top folder, for a folder inside it. */
	public static Path topLevel(Path folder) throws GitProblem {
		return Path.of(text(run(folder, "rev-parse", "--show-toplevel")).strip());
	}

	/** Writes the revision's .sales files under {@code into}, at their paths in the repository; returns them. */
	public static List<Path> materialize(Path top, String revision, Path into) throws GitProblem, IOException {
		if (revision.startsWith("-")) {
			throw new GitProblem("'" + revision + "' is not a revision");
		}
		try {
			run(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
		} catch (GitProblem e) {
			throw new GitProblem("no revision '" + revision + "' in the repository " + top);
		}
		List<Path> files = new ArrayList<>();
		for (String name : text(run(top, "ls-tree", "-r", "-z", "--name-only", revision)).split("\0")) {
			if (!name.endsWith(".sales")) {
				continue;
			}
			Path target = into.resolve(name).normalize();
			if (!target.startsWith(into)) {
				continue;
			}
			Files.createDirectories(target.getParent());
			Files.write(target, run(top, "show", revision + ":" + name));
			files.add(target);
		}
		return files;
	}

	/** The working tree's .sales files that git knows or would add (tracked, and untracked but not ignored). */
	public static List<Path> workingTree(Path top) throws GitProblem {
		List<Path> files = new ArrayList<>();
		for (String name : text(run(top, "ls-files", "-z", "--cached", "--others", "--exclude-standard")).split("\0")) {
			Path file = top.resolve(name);
			if (name.endsWith(".sales") && Files.isRegularFile(file)) {
				files.add(file);
			}
		}
		return files;
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] run(Path folder, String... arguments) throws GitProblem {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.add("-C");
		command.add(folder.toString());
		command.addAll(List.of(arguments));
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(false).start();
		} catch (IOException e) {
			throw new GitProblem("cannot run git (" + e.getMessage() + "): --git needs git on the PATH");
		}
		try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			String[] error = { "" };
			Thread errors = new Thread(() -> error[0] = firstLine(err));
			errors.start();
			out.transferTo(bytes);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new GitProblem("git " + String.join(" ", arguments) + " did not finish within a minute");
			}
			errors.join();
			if (process.exitValue() != 0) {
				throw new GitProblem("git " + String.join(" ", arguments) + " failed in " + folder + ": " + error[0]);
			}
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new GitProblem("git " + String.join(" ", arguments) + ": " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GitProblem("interrupted while git ran");
		}
	}

	/** git's first line of error output, all of it read so that git never blocks on a full pipe. */
	private static String firstLine(InputStream err) {
		try {
			String text = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? "(no message)" : text.lines().findFirst().orElse(text);
		} catch (IOException e) {
			return e.getMessage();
		}
	}
}
