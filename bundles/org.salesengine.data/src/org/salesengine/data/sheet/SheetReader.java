package org.salesengine.data.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a roster or plan sheet, from .xlsx (Apache POI) or .csv (Commons CSV): the first non-blank row is the header.
 * Sheets are small (one row per role or measure), so they are read whole; the size limit keeps a wrong file from
 * exhausting memory. CRM exports, which can be large, are streamed by {@code OpportunityReader} instead.
 */
public final class SheetReader {
	/** A roster of a thousand roles is well under 1 MB; anything this large is the wrong file. */
	public static final long MAX_BYTES = 32L * 1024 * 1024;

	private SheetReader() {
	}

	/**
	 * @param sheetName the workbook's sheet to read, or null for the first; ignored for CSV
	 */
	public static Sheet read(Path file, String sheetName) throws SheetProblem {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new SheetProblem(name + ": no such file");
		}
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			throw new SheetProblem(name + ": cannot read (" + e.getMessage() + ")");
		}
		if (size == 0) {
			throw new SheetProblem(name + ": the file is empty: expected a header row and a row per entry");
		}
		if (size > MAX_BYTES) {
			throw new SheetProblem(name + ": the file is too large for a roster or plan sheet (" + size / (1024 * 1024)
					+ " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
		}
		String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
		Sheet sheet;
		if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
			sheet = WorkbookSheets.read(file, sheetName);
		} else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
			sheet = CsvSheets.read(file);
		} else if (lower.endsWith(".xls")) {
			throw new SheetProblem(name + ": the old Excel format (.xls) is not read: save the workbook as .xlsx or .csv");
		} else {
			throw new SheetProblem(name + ": not a spreadsheet: expected a .xlsx or .csv file");
		}
		if (sheet.header().stream().allMatch(String::isBlank)) {
			throw new SheetProblem(name + ": the file has no header row: expected column names in the first row");
		}
		if (sheet.rows().isEmpty()) {
			throw new SheetProblem(name + ": only a header row, no data under it");
		}
		return sheet;
	}
}
