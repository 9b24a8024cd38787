package org.salesengine.dsl.load;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One diagnostic, located in a file: what the command line prints, JSON and SARIF carry, and the analysis groups by
 * pillar. Lines and columns start at 1. {@code element} is the qualified name of the element it is about, or empty.
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, Severity severity, String code,
		String message, String element) {

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	public String severityLabel() {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "info";
			case IGNORE -> "ignore";
		};
	}
}
