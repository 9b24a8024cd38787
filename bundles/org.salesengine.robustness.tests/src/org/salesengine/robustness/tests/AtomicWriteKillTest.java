package org.salesengine.robustness.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.generator.EngineGenerator;

/**
 * {@code salesengine format --write} on a large file, in a real separate JVM, killed (SIGKILL) at random moments many
 * times: each time the file is byte for byte the old text or the new one, and nothing but the writer's own hidden
 * temporary files is left next to it; the next write removes those. Half of the kills land at random times over a
 * whole run, the other half just after the write has visibly started (a new entry in the folder or a changed file),
 * and the test insists that some kills really landed mid-write. More runs with -Dkill.runs=N.
 */
class AtomicWriteKillTest {
	/** Temporary files of AtomicFiles: .NAME.PID.RANDOM.tmp */
	private static final Pattern TEMPORARY = Pattern.compile("\\.engine\\.sales\\.\\d+\\.-?\\d+\\.tmp");

	@TempDir
	Path dir;

	@Test
	void aKilledWriteLeavesTheOldFileOrTheNewOneNeverATornOne() throws Exception {
		String formatted = EngineGenerator.generate(11, 15_000, 1).values().iterator().next();
		byte[] newBytes = formatted.getBytes(StandardCharsets.UTF_8);
		byte[] oldBytes = formatted.replace(" {\n", "   {\n").getBytes(StandardCharsets.UTF_8);
		Path file = dir.resolve("engine.sales");

		Files.write(file, oldBytes);
		long started = System.nanoTime();
		Process calibration = start(file);
		assertTrue(calibration.waitFor(120, TimeUnit.SECONDS), "an uninterrupted run did not finish");
		long duration = System.nanoTime() - started;
		assertEquals(0, calibration.exitValue());
		assertArrayEquals(newBytes, Files.readAllBytes(file), "an uninterrupted run must write the formatted text");

		int runs = Integer.getInteger("kill.runs", 8);
		Random random = new Random(42);
		int old = 0;
		int fresh = 0;
		int midWrite = 0;
		for (int run = 0; run < runs || midWrite == 0 && run < runs + 12; run++) {
			Files.write(file, oldBytes);
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
			FileTime before = Files.getLastModifiedTime(file);
			Process process = start(file);
			boolean triggered = run % 2 == 1 || run >= runs;
			if (triggered) {
				if (waitForWriteToStart(process, file, before)) {
					Thread.sleep(random.nextInt(3));
				}
			} else {
				TimeUnit.NANOSECONDS.sleep((long) (duration * 1.1 * random.nextDouble()));
			}
			boolean stillRunning = process.isAlive();
			boolean temporaryExisted = !temporaryFiles().isEmpty();
			process.destroyForcibly();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS));
			byte[] after = Files.readAllBytes(file);
			if (Arrays.equals(after, oldBytes)) {
				old++;
				midWrite += stillRunning && temporaryExisted ? 1 : 0;
			} else if (Arrays.equals(after, newBytes)) {
				fresh++;
			} else {
				fail("run " + run + ": the file is neither the old text nor the new one (" + after.length + " bytes)");
			}
			for (String entry : entries()) {
				if (!entry.equals("engine.sales") && !TEMPORARY.matcher(entry).matches()) {
					fail("run " + run + ": stray file " + entry + " next to the target");
				}
			}
		}
		assertTrue(midWrite > 0, "no kill landed while a temporary file was being written; old " + old + ", new " + fresh);

		Files.write(file, oldBytes);
		Process last = start(file);
		assertTrue(last.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, last.exitValue());
		assertArrayEquals(newBytes, Files.readAllBytes(file));
		assertEquals(List.of("engine.sales"), entries(), "the next write must remove what killed writers left behind");
	}

	private static Process start(Path file) throws IOException {
		List<String> command = ExternalCli.command("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
		command.addAll(List.of("format", "--write", file.toString()));
		return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}

	/** Polls until a temporary file appears or the target changes; false if the process ended first. */
	private boolean waitForWriteToStart(Process process, Path file, FileTime before) throws IOException, InterruptedException {
		while (process.isAlive()) {
			if (!temporaryFiles().isEmpty() || !Files.getLastModifiedTime(file).equals(before)) {
				return true;
			}
			Thread.sleep(0, 200_000);
		}
		return false;
	}

	private List<String> temporaryFiles() throws IOException {
		return entries().stream().filter(e -> !e.equals("engine.sales")).toList();
	}

	private List<String> entries() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
