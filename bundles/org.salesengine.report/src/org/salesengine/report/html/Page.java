package org.salesengine.report.html;

/**
 * The shell of a self-contained page: one style sheet inline, no script, no link to anything outside the file. The
 * content security policy says the same to the browser: a page opened from an e-mail attachment may load nothing and
 * run nothing, even if some text were not escaped.
 */
public final class Page {
	private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

	private Page() {
	}

	/** A whole page around a body written by the caller. */
	public static String of(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta name=\"generator\" content=\"salesengine\">\n"
				+ "<title>" + Html.escape(title) + "</title>\n<style>\n" + ReportStyle.css() + "</style>\n</head>\n<body>\n<main>\n"
				+ body + "</main>\n</body>\n</html>\n";
	}
}
