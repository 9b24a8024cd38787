package org.salesengine.robustness.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages a file the way people, editors and merge tools do: flipped bytes, deleted spans, duplicated, swapped or
 * dropped lines, a cut-off end, stray tokens, random Unicode (including invalid UTF-8, BOMs, control characters and
 * lone surrogates' encodings), and now and then a burst of opening parentheses.
 */
final class Mutator {
	private static final String[] TOKENS = { "{", "}", "(", ")", ",", "/", "%", "engine", "kpi", "formula", "role",
			"measure", "weight", "for", "to", "\"", "/*", "//", "1.5M", "0", "-1", "2027-02-30", "99999999999999999999",
			"stage", "reports to", "supports", "×", "\\" };
	private static final int[] CODE_POINTS = { 0x0000, 0x0007, 0x001B, 0x007F, 0x00A0, 0x00E9, 0x0301, 0x03A9, 0x0416,
			0x05D0, 0x0627, 0x0915, 0x0E01, 0x200B, 0x200E, 0x202E, 0x2028, 0x3042, 0x55B6, 0xAC00, 0xFEFF, 0xFFFD, 0xFFFF,
			0x1F600, 0x10FFFF };
	static final String[] NAMES = { "flip", "delete", "duplicate-line", "truncate", "unicode", "swap-lines",
			"drop-line", "token", "raw-bytes", "parentheses" };

	private Mutator() {
	}

	/** Applies one to four random mutations; {@code log} receives their names. */
	static byte[] mutate(byte[] input, Random random, List<String> log) {
		byte[] bytes = input;
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			int kind = random.nextInt(NAMES.length);
			log.add(NAMES[kind]);
			bytes = apply(kind, bytes, random);
		}
		return bytes;
	}

	private static byte[] apply(int kind, byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return "engine".getBytes(StandardCharsets.UTF_8);
		}
		int at = random.nextInt(bytes.length);
		return switch (kind) {
			case 0 -> {
				byte[] copy = bytes.clone();
				copy[at] = random.nextBoolean() ? (byte) (copy[at] ^ (1 << random.nextInt(8))) : (byte) random.nextInt(256);
				yield copy;
			}
			case 1 -> splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(40)), new byte[0]);
			case 2 -> {
				List<byte[]> lines = lines(bytes);
				int line = random.nextInt(lines.size());
				lines.add(line, lines.get(line));
				yield join(lines);
			}
			case 3 -> java.util.Arrays.copyOf(bytes, at);
			case 4 -> {
				StringBuilder text = new StringBuilder();
				for (int i = 1 + random.nextInt(5); i > 0; i--) {
					text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x30000) : CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
				}
				yield splice(bytes, at, at, safeUtf8(text));
			}
			case 5 -> {
				List<byte[]> lines = lines(bytes);
				java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
				yield join(lines);
			}
			case 6 -> {
				List<byte[]> lines = lines(bytes);
				lines.remove(random.nextInt(lines.size()));
				yield join(lines);
			}
			case 7 -> splice(bytes, at, at, (" " + TOKENS[random.nextInt(TOKENS.length)] + " ").getBytes(StandardCharsets.UTF_8));
			case 8 -> {
				byte[] raw = new byte[1 + random.nextInt(8)];
				random.nextBytes(raw);
				yield splice(bytes, at, at, raw);
			}
			default -> splice(bytes, at, at, "(".repeat(1 + random.nextInt(3000)).getBytes(StandardCharsets.UTF_8));
		};
	}

	/** Encodes code points the UTF-8 encoder would refuse (unpaired surrogates cannot occur: they are not drawn). */
	private static byte[] safeUtf8(StringBuilder text) {
		StringBuilder clean = new StringBuilder();
		text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF).forEach(clean::appendCodePoint);
		return clean.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
		out.write(bytes, 0, from);
		out.writeBytes(insert);
		out.write(bytes, to, bytes.length - to);
		return out.toByteArray();
	}

	private static List<byte[]> lines(byte[] bytes) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				lines.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
				start = i + 1;
			}
		}
		if (start < bytes.length) {
			lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
		}
		return lines;
	}

	private static byte[] join(List<byte[]> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		lines.forEach(out::writeBytes);
		return out.toByteArray();
	}
}
