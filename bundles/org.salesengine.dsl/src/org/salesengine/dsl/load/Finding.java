package org.salesengine.dsl.load;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One diagnostic, located in a file: what the command line prints, JSON and SARIF carry, and the analysis groups by
 * pillar. Lines and columns start at 1. {@code element} is the qualified name of the element it is about, or empty.
 * <p>
 * {@code cause} is the id of its root cause, {@code code@subject}: findings of one rule on one subject are one cause
 * (seven plans paying on a KPI that supports no objective are one fix, on the KPI), where the subject is named per
 * rule in the catalogue ({@link org.salesengine.dsl.validation.CauseSubject}). {@code subject} says it for people
 * ("KPI Revenue"); empty when the finding names no element.
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, Severity severity, String code,
		String message, String element, String cause, String subject) {

	/** A finding that is a cause of its own: about its element, or, naming none, about its place in the file. */
	public Finding(String file, int line, int column, int endLine, int endColumn, Severity severity, String code,
			String message, String element) {
		this(file, line, column, endLine, endColumn, severity, code, message, element,
				ownCause(code, element, file, line, column), "");
	}

	/** {@code code@Engine.Element}, or {@code code@file:line:column} for a finding that names no element. */
	public static String ownCause(String code, String element, String file, int line, int column) {
		return code + "@" + (element == null || element.isEmpty() ? file + ":" + line + ":" + column : element);
	}

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
