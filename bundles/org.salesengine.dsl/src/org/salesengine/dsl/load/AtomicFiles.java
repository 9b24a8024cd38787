package org.salesengine.dsl.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a user's file so that a crash at any moment leaves either the old file or the new one, never a torn one:
 * write a temporary file next to it, force it to disk, then rename it over the original in one step.
 *
 * <p>A process killed before the rename leaves its temporary file behind. Temporary files carry the writer's process
 * id, so the next write of the same file deletes those whose writer is gone and leaves a running writer's alone.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		String name = target.getFileName().toString();
		removeAbandoned(folder, name);
		Path temporary = Files.createTempFile(folder, "." + name + "." + ProcessHandle.current().pid() + ".", ".tmp");
		try {
			copyPermissions(target, temporary);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(java.nio.ByteBuffer.wrap(bytes));
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("the file system cannot replace " + target + " atomically", e);
			}
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Temporary files of this target (".NAME.PID.RANDOM.tmp") whose process no longer runs. */
	private static void removeAbandoned(Path folder, String name) {
		String prefix = "." + name + ".";
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String file = entry.getFileName().toString();
				if (!file.startsWith(prefix) || !file.endsWith(".tmp")) {
					continue;
				}
				String rest = file.substring(prefix.length());
				int dot = rest.indexOf('.');
				if (dot <= 0 || !rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
					continue;
				}
				long pid = Long.parseLong(rest.substring(0, Math.min(dot, 18)));
				if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// Cleaning up after others is a courtesy; it must never stop this write.
		}
	}

	/** The rename is durable only once the folder's entry is on disk too; not every platform can force a folder. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | RuntimeException e) {
			// The rename has happened; only its durability across a power cut is left to the operating system.
		}
	}

	private static void copyPermissions(Path from, Path to) {
		try {
			Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
		} catch (IOException | UnsupportedOperationException e) {
			// Not a POSIX file system, or the original is gone: the temporary file's defaults are the best we have.
			to.toFile().setReadable(true, false);
		}
	}
}
