package org.salesengine.diagram.layout;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.style.TextLook;
import org.salesengine.diagram.style.Theme;

/**
 * Measures text with the real font, through AWT (headless is enough: no window is ever opened). ELK never measures
 * text, so every label size it sees comes from here, and boxes fit their text in the SVG and the PNG alike.
 * Fractional metrics, so widths do not depend on rounding to device pixels.
 */
public final class TextMetrics {
	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
	private final Map<TextStyle, LineMetrics> lines = new EnumMap<>(TextStyle.class);

	public TextMetrics(Theme theme) {
		for (TextStyle style : TextStyle.values()) {
			Font font = font(theme.text(style));
			fonts.put(style, font);
			lines.put(style, font.getLineMetrics("Hg", CONTEXT));
		}
	}

	/** The AWT font for a look: the PNG painter draws with exactly what was measured. */
	public static Font font(TextLook look) {
		int style = (look.bold() ? Font.BOLD : Font.PLAIN) | (look.italic() ? Font.ITALIC : Font.PLAIN);
		return new Font(Theme.FONT_FAMILY, style, 1).deriveFont((float) look.size());
	}

	/** Whether the theme's font is installed; without it AWT substitutes another and sizes drift from the SVG's. */
	public static boolean isThemeFontInstalled() {
		return Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
				.contains(Theme.FONT_FAMILY);
	}

	public double width(String text, TextStyle style) {
		return fonts.get(style).getStringBounds(text, CONTEXT).getWidth();
	}

	public double ascent(TextStyle style) {
		return lines.get(style).getAscent();
	}

	/** The height of one line, ascent plus descent, rounded up so that stacked lines sit on whole pixels. */
	public double lineHeight(TextStyle style) {
		LineMetrics metrics = lines.get(style);
		return Math.ceil(metrics.getAscent() + metrics.getDescent());
	}

	/**
	 * Breaks text into lines no wider than {@code maxWidth}, at spaces. A single word wider than that stays whole on
	 * its own line: names must not be cut, the box grows instead.
	 */
	public List<String> wrap(String text, TextStyle style, double maxWidth) {
		List<String> result = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (line.length() == 0) {
				line.append(word);
			} else if (width(line + " " + word, style) <= maxWidth) {
				line.append(' ').append(word);
			} else {
				result.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (line.length() > 0) {
			result.add(line.toString());
		}
		return result;
	}
}
