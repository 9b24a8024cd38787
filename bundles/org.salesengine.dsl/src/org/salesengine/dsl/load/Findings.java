package org.salesengine.dsl.load;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.dsl.diagnostics.SalesEngineSyntaxErrorMessages;
import org.salesengine.dsl.validation.Causes;
import org.salesengine.dsl.validation.IssueCodes;
import org.salesengine.dsl.validation.Rule;
import org.salesengine.model.engine.ElementIds;

/** Xtext issues as {@link Finding}s: located, coded, printable, and naming the element they are about. */
public final class Findings {
	private Findings() {
	}

	public static List<Finding> of(String file, Resource resource, List<Issue> issues) {
		return of(file, resource, issues, resource);
	}

	/**
	 * @param resource where the issues' elements are (a copy of a file, for a scenario)
	 * @param text     the resource whose text the issues are located in
	 */
	public static List<Finding> of(String file, Resource resource, List<Issue> issues, Resource text) {
		// Editors do not show a byte-order mark, so it must not count as a column of the first line.
		int bomColumns = text instanceof XtextResource xtext && xtext.getParseResult() != null
				&& xtext.getParseResult().getRootNode().getText().startsWith("\uFEFF") ? 1 : 0;
		List<Finding> findings = new ArrayList<>(issues.size());
		Causes causes = new Causes();
		for (Issue issue : issues) {
			findings.add(of(file, resource, issue, bomColumns, causes));
		}
		return findings;
	}

	private static Finding of(String file, Resource resource, Issue issue, int bomColumns, Causes causes) {
		String element = "";
		EObject problem = null;
		if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
			try {
				problem = resource.getEObject(issue.getUriToProblem().fragment());
				element = problem == null ? "" : ElementIds.of(problem);
			} catch (RuntimeException e) {
				element = "";
			}
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		if (line == 1 && column > 1) {
			column -= bomColumns;
		}
		if (endLine == 1 && endColumn > 1) {
			endColumn -= bomColumns;
		}
		String code = issue.getCode() == null ? IssueCodes.SYNTAX : issue.getCode();
		String message = SalesEngineSyntaxErrorMessages.printable(issue.getMessage() == null ? "" : issue.getMessage(), 400);
		Causes.Subject subject = causes.of(Rule.byCode(code), problem, linkText(resource, issue, code));
		String cause = subject.key() == null ? Finding.ownCause(code, element, file, line, column) : code + "@" + subject.key();
		return new Finding(file, line, column, endLine, endColumn, issue.getSeverity(), code, message, element, cause,
				subject.label());
	}

	/** The text an unresolved reference was written with; null for any other finding. */
	private static String linkText(Resource resource, Issue issue, String code) {
		if (!IssueCodes.UNRESOLVED_REFERENCE.equals(code) || !(resource instanceof XtextResource xtext)
				|| xtext.getParseResult() == null || issue.getOffset() == null || issue.getLength() == null) {
			return null;
		}
		String text = xtext.getParseResult().getRootNode().getText();
		int start = issue.getOffset();
		int end = start + issue.getLength();
		return start < 0 || end > text.length() || end - start > 200 ? null : text.substring(start, end).strip();
	}
}
