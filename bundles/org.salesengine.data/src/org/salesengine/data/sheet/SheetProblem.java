package org.salesengine.data.sheet;

/**
 * A file that cannot be read as a table at all (empty, broken quoting, not a workbook, a zip bomb): its message is one
 * line, starting with the file's name, ready to print.
 */
public class SheetProblem extends Exception {
	private static final long serialVersionUID = 1L;

	public SheetProblem(String message) {
		super(message);
	}
}
