package org.salesengine.diagram.style;

import java.util.Locale;

/** A color as painters need it, free of any toolkit: AWT, SWT and SVG each convert it their way. */
public record Rgb(int red, int green, int blue) {

	public static Rgb hex(String hex) {
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
	}

	/** {@code #1f5fa8}: lower case, so that SVG output never depends on how a color was written. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
	}
}
