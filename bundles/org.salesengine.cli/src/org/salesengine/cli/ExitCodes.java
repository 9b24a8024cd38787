package org.salesengine.cli;

/** Exit codes shared by every command, so CI can tell a bad design from a bad invocation. */
public final class ExitCodes {
	/** No errors (warnings allowed). */
	public static final int OK = 0;
	/** At least one error in the design (or, for format --check, a file that is not formatted). */
	public static final int FINDINGS = 1;
	/** Usage or I/O problem: missing file, unreadable file, nothing to check. */
	public static final int USAGE = 2;

	private ExitCodes() {
	}
}
