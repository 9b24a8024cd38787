package org.salesengine.report.html;

import java.text.Normalizer;

/**
 * File names made from element names: letters, digits, '-', '_' and '.' stay, everything else (slashes, spaces,
 * control characters, accents' marks) becomes '-', so a name can neither leave the output folder nor trip a shell.
 */
public final class FileNames {
	private static final int MAX_STEM = 100;

	private FileNames() {
	}

	public static String stem(String name) {
		String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		StringBuilder stem = new StringBuilder();
		for (int i = 0; i < ascii.length() && stem.length() < MAX_STEM; i++) {
			char c = ascii.charAt(i);
			boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
			stem.append(safe ? c : '-');
		}
		String cleaned = stem.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
		return cleaned.isEmpty() ? "unnamed" : cleaned;
	}
}
