package org.salesengine.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.data.sheet.Cell;
import org.salesengine.data.sheet.Sheet;
import org.salesengine.data.sheet.SheetProblem;
import org.salesengine.data.sheet.SheetReader;

/** Sheets from CSV and XLSX: header, row numbers, number cells, formulas as text, and hostile files refused in one line. */
class SheetReaderTest {
	@TempDir
	Path dir;

	@Test
	void csvRowsKeepTheirSpreadsheetRowNumbers() throws Exception {
		Path csv = write("roster.csv", "\uFEFFRole,Headcount\n\nAE,12\n,\nSDR,10\n");
		Sheet sheet = SheetReader.read(csv, null);
		assertEquals(List.of("Role", "Headcount"), sheet.header());
		assertEquals(List.of(3, 5), sheet.rows().stream().map(r -> r.number()).toList());
		assertEquals("SDR", sheet.rows().get(1).cell(0).text());
		assertEquals("", sheet.rows().get(1).cell(7).text(), "a missing cell is empty");
	}

	@Test
	void semicolonSeparatedCsvFromAEuropeanExcel() throws Exception {
		Sheet sheet = SheetReader.read(write("roster.csv", "Role;Quota\nAE;\"1,1M\"\n"), null);
		assertEquals("1,1M", sheet.rows().get(0).cell(1).text());
	}

	@Test
	void xlsxNumbersPercentagesAndFormulas() throws Exception {
		Path xlsx = Workbooks.write(dir.resolve("plans.xlsx"), List.of(
				List.of("Plan", "Weight", "Quota", "Link"),
				List.of("AEPlan", Workbooks.percent(0.8), 1100000, Workbooks.formula("HYPERLINK(\"http://example.org\",\"x\")"))));
		Sheet sheet = SheetReader.read(xlsx, null);
		Cell weight = sheet.rows().get(0).cell(1);
		assertEquals(new BigDecimal("0.8"), weight.number());
		assertEquals(true, weight.percent());
		assertEquals("80%", weight.text());
		assertEquals(new BigDecimal("1100000"), sheet.rows().get(0).cell(2).number());
		Cell link = sheet.rows().get(0).cell(3);
		assertEquals("=HYPERLINK(\"http://example.org\",\"x\")", link.text());
		assertEquals(null, link.number(), "a formula is never evaluated");
		assertEquals(2, sheet.rows().get(0).number());
	}

	@Test
	void emptyFileOnlyAHeaderAndBrokenQuoting() throws Exception {
		assertEquals(path("empty.csv") + ": the file is empty: expected a header row and a row per entry",
				problem(write("empty.csv", "")));
		assertEquals(path("header.csv") + ": only a header row, no data under it", problem(write("header.csv", "Role,Headcount\n")));
		assertEquals(path("quotes.csv") + ": line 2: broken quoting: text after a closing quote (a quote inside a value must be doubled: \"\")",
				problem(write("quotes.csv", "Role,Title\nAE,\"Account\" executive\n")));
		assertEquals(path("open.csv") + ": line 2: broken quoting: a quoted value is never closed",
				problem(write("open.csv", "Role,Title\nAE,\"Account executive\n")));
	}

	@Test
	void aZipBombIsRefusedByPoisLimits() throws Exception {
		Path bomb = Workbooks.zipBomb(dir.resolve("bomb.xlsx"));
		assertEquals(bomb + ": refused: the workbook expands far beyond its size on disk (a zip bomb), over Apache POI's limit (ZipSecureFile)",
				problem(bomb));
	}

	@Test
	void notAWorkbook() throws Exception {
		Path fake = write("fake.xlsx", "Role,Headcount\nAE,12\n");
		String message = problem(fake);
		assertEquals(true, message.startsWith(fake + ": not a readable .xlsx workbook ("), message);
		assertEquals(1, message.lines().count());
	}

	private String problem(Path file) {
		return assertThrows(SheetProblem.class, () -> SheetReader.read(file, null)).getMessage();
	}

	private String path(String name) {
		return dir.resolve(name).toString();
	}

	private Path write(String name, String text) throws Exception {
		return Files.writeString(dir.resolve(name), text);
	}
}
