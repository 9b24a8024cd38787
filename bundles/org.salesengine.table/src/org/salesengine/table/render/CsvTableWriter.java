package org.salesengine.table.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;

/**
 * A table as CSV (RFC 4180: commas, CRLF, fields quoted by Commons CSV where they need it), for spreadsheets. The
 * header row names the columns: the row heading, "display name", one per column, then "findings", which lists the
 * findings about each row's element ("error: formula-cycle; warning: unreviewed-kpi"). A table whose columns stand
 * for elements ends with a "findings" row that does the same for them. Text from the model never starts a formula:
 * a field beginning with =, +, -, @, a tab or a carriage return gets a leading apostrophe, as spreadsheets expect.
 */
public final class CsvTableWriter {
	public static final String FINDINGS = "findings";

	private CsvTableWriter() {
	}

	public static String write(Table table) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			for (List<String> record : records(table)) {
				csv.printRecord(record.stream().map(CsvTableWriter::inert).toList());
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write CSV to memory", e);
		}
		return out.toString();
	}

	/** The fields as written, before the formula guard: the header row, the rows, and the findings row if any. */
	public static List<List<String>> records(Table table) {
		List<List<String>> records = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(table.kind().rowHeading(), "display name"));
		table.columns().forEach(column -> header.add(column.label()));
		header.add(FINDINGS);
		records.add(header);
		for (TableRow row : table.rows()) {
			List<String> record = new ArrayList<>(List.of(row.label(), row.detail()));
			row.cells().stream().map(TableCell::text).forEach(record::add);
			record.add(summary(row.mark()));
			records.add(record);
		}
		if (table.columns().stream().anyMatch(TableColumn::standsForElement)) {
			List<String> record = new ArrayList<>(List.of(FINDINGS, ""));
			table.columns().forEach(column -> record.add(summary(column.mark())));
			record.add("");
			records.add(record);
		}
		return records;
	}

	/** CSV injection: spreadsheets run a field that starts with one of these as a formula. */
	public static String inert(String field) {
		if (!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0) {
			return "'" + field;
		}
		return field;
	}

	private static String summary(FindingMark mark) {
		return mark == null ? "" : mark.summary();
	}
}
