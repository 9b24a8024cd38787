package org.salesengine.diagram.pins;

/**
 * A line of a pin file that cannot be read: where, and why. The line is ignored and the diagram drawn without it: a
 * bad pin never stops a diagram.
 */
public record PinProblem(String file, int line, int column, String message) {

	/** {@code acme.pins:4:12: warning: ... (line ignored)}, as the checker writes its findings. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": warning: " + message;
	}
}
