package org.salesengine.data.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * .xlsx workbooks as tables, through Apache POI. POI's zip-bomb limits ({@code ZipSecureFile}: an entry may expand at
 * most 100 times, and at most 4 GB) stay as POI sets them; a workbook that breaks them is refused with one line.
 * Formula cells are read as their formula text ({@code =HYPERLINK(...)}): nothing is ever evaluated, and a cached
 * result is not trusted either.
 */
public final class WorkbookSheets {
	static {
		// POI logs through the Log4j API; with no Log4j implementation on the class path, the API would print a warning
		// about that on stderr at POI's first use, in the middle of a command's one-line messages.
		quietDefault("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		quietDefault("log4j2.statusLoggerLevel", "OFF");
		quietDefault("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
		quietDefault("org.apache.logging.log4j.level", "OFF");
	}

	private WorkbookSheets() {
	}

	private static void quietDefault(String name, String value) {
		if (System.getProperty(name) == null) {
			System.setProperty(name, value);
		}
	}

	static Sheet read(Path file, String sheetName) throws SheetProblem {
		String name = file.toString();
		try (OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(zip)) {
			XSSFSheet sheet = sheetName == null ? (workbook.getNumberOfSheets() == 0 ? null : workbook.getSheetAt(0))
					: workbook.getSheet(sheetName);
			if (sheet == null) {
				List<String> names = new ArrayList<>();
				workbook.forEach(s -> names.add(s.getSheetName()));
				throw new SheetProblem(name + ": " + (sheetName == null ? "the workbook has no sheet"
						: "no sheet named '" + sheetName + "' (the workbook has " + String.join(", ", names) + ")"));
			}
			return table(name, sheet);
		} catch (SheetProblem e) {
			throw e;
		} catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
			throw new SheetProblem(name + ": " + describe(e));
		}
	}

	private static Sheet table(String name, XSSFSheet sheet) {
		DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			List<Cell> cells = new ArrayList<>();
			int last = Math.max(row.getLastCellNum(), 0);
			for (int column = 0; column < last; column++) {
				cells.add(cell(row.getCell(column), shown));
			}
			Row read = new Row(row.getRowNum() + 1, cells);
			if (read.isBlank()) {
				continue;
			}
			if (header == null) {
				header = cells.stream().map(Cell::text).toList();
			} else {
				rows.add(read);
			}
		}
		return new Sheet(name, header == null ? List.of() : header, rows);
	}

	private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter shown) {
		if (cell == null) {
			return Cell.EMPTY;
		}
		CellType type = cell.getCellType();
		return switch (type) {
			case STRING -> Cell.text(cell.getStringCellValue());
			case BOOLEAN -> Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
			// The formula as written, never its value: evaluating a sheet from outside is how spreadsheets attack.
			case FORMULA -> Cell.text("=" + cell.getCellFormula());
			case ERROR -> Cell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
			case NUMERIC -> number(cell, shown);
			default -> Cell.EMPTY;
		};
	}

	private static Cell number(org.apache.poi.ss.usermodel.Cell cell, DataFormatter shown) {
		if (DateUtil.isCellDateFormatted(cell)) {
			return Cell.text(cell.getLocalDateTimeCellValue().toLocalDate().toString());
		}
		BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
		String format = cell.getCellStyle() == null ? "" : String.valueOf(cell.getCellStyle().getDataFormatString());
		return new Cell(shown.formatCellValue(cell), value, format.contains("%"));
	}

	/** One line for any failure to open a workbook; a zip bomb is named as such. */
	static String describe(Throwable problem) {
		for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("Zip bomb detected")) {
				return "refused: the workbook expands far beyond its size on disk (a zip bomb), over Apache POI's limit (ZipSecureFile)";
			}
			if (message.contains("exceeds the max") || message.contains("max. ratio") || message.contains("too large")) {
				return "refused: the workbook is over Apache POI's size limits (ZipSecureFile): " + firstLine(message);
			}
		}
		if (problem instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
				|| problem instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
				|| problem instanceof org.apache.poi.openxml4j.exceptions.InvalidOperationException
				|| problem instanceof java.util.zip.ZipException) {
			return "not a readable .xlsx workbook (" + firstLine(String.valueOf(problem.getMessage())) + ")";
		}
		return "not a readable .xlsx workbook (" + problem.getClass().getSimpleName() + ": " + firstLine(String.valueOf(problem.getMessage())) + ")";
	}

	private static String firstLine(String message) {
		String line = message.lines().findFirst().orElse("").strip();
		return line.length() > 200 ? line.substring(0, 200) + "..." : line;
	}
}
