package org.salesengine.dsl.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a user's file so that a crash at any moment leaves either the old file or the new one, never a torn one:
 * write a temporary file next to it, force it to disk, then rename it over the original in one step.
 */
public final class AtomicFiles {
	private AtomicFiles() {
	}

	public static void write(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
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
		} finally {
			Files.deleteIfExists(temporary);
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
