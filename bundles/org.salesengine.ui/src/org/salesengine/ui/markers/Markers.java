package org.salesengine.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.salesengine.dsl.validation.Rule;

/**
 * Problem markers for .sales files. Each carries the rule's code and the issue data, which quick fixes read, and
 * shows in the Problems view and as annotations in the editor.
 */
public final class Markers {
	public static final String TYPE = "org.salesengine.ui.problem";
	public static final String CODE = "code";
	public static final String DATA = "data";
	public static final String ELEMENT = "element";

	private Markers() {
	}

	/** Replaces every marker of ours on the file with markers for these issues. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, issue.getMessage() + (issue.getCode() == null ? "" : " [" + issue.getCode() + "]"));
			attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
			});
			if (issue.getLineNumber() != null) {
				attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			}
			if (issue.getOffset() != null && issue.getLength() != null) {
				attributes.put(IMarker.CHAR_START, issue.getOffset());
				attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
			}
			if (issue.getCode() != null) {
				attributes.put(CODE, issue.getCode());
				Rule rule = Rule.byCode(issue.getCode());
				if (rule != null) {
					attributes.put(IMarker.LOCATION, rule.pillar().label());
				}
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				attributes.put(DATA, String.join("\u001f", issue.getData()));
			}
			if (issue.getUriToProblem() != null) {
				attributes.put(ELEMENT, issue.getUriToProblem().fragment());
			}
			file.createMarker(TYPE, attributes);
		}
	}

	public static String[] data(IMarker marker) {
		String data = marker.getAttribute(DATA, "");
		return data.isEmpty() ? new String[0] : data.split("\u001f");
	}
}
