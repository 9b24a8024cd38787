package org.salesengine.report;

import java.util.LinkedHashMap;
import java.util.Map;

import org.salesengine.report.html.Html;
import org.salesengine.report.html.Page;
import org.salesengine.report.plan.PlanDocument;

/** The plan documents of an engine as standalone pages, by file name: one page per plan, self-contained like the report. */
public final class PlanPages {
	private PlanPages() {
	}

	/** File name to page, in plan order; two plans whose names sanitize alike get -2, -3... */
	public static Map<String, String> of(ReportInput input) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (PlanDocument document : PlanDocument.of(input.engine(), input.analysis())) {
			Html body = new Html();
			document.write(body, 1, input.title());
			String name = document.fileName();
			String stem = name.substring(0, name.length() - ".html".length());
			for (int n = 2; pages.containsKey(name); n++) {
				name = stem + "-" + n + ".html";
			}
			pages.put(name, Page.of(document.title() + ": " + input.title(), body.toString()));
		}
		return pages;
	}
}
