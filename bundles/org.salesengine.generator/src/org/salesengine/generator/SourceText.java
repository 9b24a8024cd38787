package org.salesengine.generator;

/**
 * Text in the formatter's canonical layout (two spaces per level, one element per line in multi-line blocks), so
 * that generated engines are already formatted and {@code salesengine format --check} accepts them.
 */
final class SourceText {
	private final StringBuilder text = new StringBuilder();
	private int depth;
	private int lines;

	SourceText line(String content) {
		text.append("  ".repeat(depth)).append(content).append('\n');
		lines++;
		return this;
	}

	SourceText blank() {
		text.append('\n');
		lines++;
		return this;
	}

	SourceText open(String header) {
		line(header + " {");
		depth++;
		return this;
	}

	SourceText close() {
		depth--;
		return line("}");
	}

	/** Appends text written at depth 0 by another writer, indented to this writer's depth. */
	SourceText append(SourceText other) {
		if (depth == 0) {
			text.append(other.text);
		} else {
			String indent = "  ".repeat(depth);
			other.text.toString().lines().forEach(l -> text.append(l.isEmpty() ? "" : indent + l).append('\n'));
		}
		lines += other.lines;
		return this;
	}

	int lines() {
		return lines;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
