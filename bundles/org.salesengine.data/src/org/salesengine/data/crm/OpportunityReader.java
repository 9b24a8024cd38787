package org.salesengine.data.crm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.salesengine.data.columns.CellValues;
import org.salesengine.data.columns.CellValues.BadValue;
import org.salesengine.data.columns.Header;
import org.salesengine.data.crm.Opportunity.Outcome;
import org.salesengine.data.crm.Opportunity.StageEntry;
import org.salesengine.data.sheet.Cell;
import org.salesengine.data.sheet.CsvSheets;
import org.salesengine.data.sheet.SheetProblem;

/**
 * Streams a CRM export, one opportunity at a time, so that an export of any size is read in constant memory: nothing
 * but the current record is kept. A row that cannot be read is skipped and reported as {@code file:row:Column: message}
 * (the first {@link #MAX_PROBLEMS}; the rest are counted); a file that cannot be read as a table at all is a
 * {@link SheetProblem}.
 */
public final class OpportunityReader {
	public static final int MAX_PROBLEMS = 20;
	/** The mapping file's key for how slashed dates are written; the default is month/day/year, as US exports write them. */
	public static final String DATE_FORMAT_KEY = "date-format";
	/** HubSpot's per-stage columns: {@code Date entered "Appointment Scheduled (Sales Pipeline)"}. */
	private static final Pattern DATE_ENTERED = Pattern.compile("(?i)date entered\\s+\"?(.+?)(?:\\s*\\([^()]*\\))?\"?\\s*");
	private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");
	private static final Pattern HISTORY_ENTRY = Pattern.compile("(.+?)\\s+(\\S+)");

	/** What a read saw, besides the opportunities it handed on. */
	public static final class Summary {
		private int rows;
		private int skipped;
		private final List<String> problems = new ArrayList<>();

		public int rows() {
			return rows;
		}

		public int skipped() {
			return skipped;
		}

		/** The first problems, each {@code file:row:Column: message}. */
		public List<String> problems() {
			return List.copyOf(problems);
		}
	}

	private final Map<String, String> mapping;
	private final DateTimeFormatter slashed;

	public OpportunityReader(Map<String, String> mapping) {
		this.mapping = mapping;
		String format = mapping.get(DATE_FORMAT_KEY);
		this.slashed = DateTimeFormatter.ofPattern(format == null ? "M/d/yyyy" : format, Locale.ROOT);
	}

	public Summary read(Path file, Consumer<Opportunity> each) throws SheetProblem {
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new SheetProblem(name + ": no such file");
		}
		Summary summary = new Summary();
		try (Reader reader = CsvSheets.open(file); CSVParser parser = CsvSheets.format(file).parse(reader)) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				throw new SheetProblem(name + ": the file is empty: expected a header row and a row per opportunity");
			}
			List<String> names = new ArrayList<>();
			records.next().forEach(names::add);
			List<String> missing = new ArrayList<>();
			Header<CrmColumn> header = Header.of(names, CrmColumn.values(), mapping, missing);
			if (!missing.isEmpty()) {
				throw new SheetProblem(name + ":1: " + missing.get(0));
			}
			if (!header.has(CrmColumn.STAGE) && !header.has(CrmColumn.STAGE_REACHED) && !header.has(CrmColumn.STAGE_HISTORY)) {
				throw new SheetProblem(name + ":1: no column for the stage: expected one of "
						+ String.join(", ", CrmColumn.STAGE.aliases()) + ", or a stage history");
			}
			Map<Integer, String> entered = dateEnteredColumns(names);
			int row = 1;
			while (records.hasNext()) {
				CSVRecord record = records.next();
				row++;
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				summary.rows++;
				try {
					each.accept(opportunity(row, record, header, entered));
				} catch (BadRow bad) {
					summary.skipped++;
					if (summary.problems.size() < MAX_PROBLEMS) {
						summary.problems.add(name + ":" + row + ":" + bad.column + ": " + bad.getMessage());
					}
				}
			}
		} catch (UncheckedIOException e) {
			throw new SheetProblem(name + ": " + CsvSheets.describe(e.getCause()));
		} catch (IOException e) {
			throw new SheetProblem(name + ": " + CsvSheets.describe(e));
		}
		if (summary.rows == 0) {
			throw new SheetProblem(name + ": only a header row, no opportunities under it");
		}
		return summary;
	}

	private static final class BadRow extends Exception {
		private static final long serialVersionUID = 1L;
		final String column;

		BadRow(String column, String message) {
			super(message);
			this.column = column;
		}
	}

	private Map<Integer, String> dateEnteredColumns(List<String> names) {
		Map<Integer, String> columns = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			Matcher matcher = DATE_ENTERED.matcher(names.get(i).strip());
			if (matcher.matches()) {
				columns.put(i, matcher.group(1).strip());
			}
		}
		return columns;
	}

	private Opportunity opportunity(int row, CSVRecord record, Header<CrmColumn> header, Map<Integer, String> entered) throws BadRow {
		LocalDate created = date(record, header, CrmColumn.CREATED);
		if (created == null) {
			throw new BadRow(header.text(CrmColumn.CREATED), "the created date is empty");
		}
		LocalDate closed = date(record, header, CrmColumn.CLOSED);
		String amountText = text(record, header, CrmColumn.AMOUNT);
		Double amount = null;
		if (!amountText.isEmpty()) {
			try {
				amount = CellValues.amount(Cell.text(amountText)).doubleValue();
			} catch (BadValue bad) {
				throw new BadRow(header.text(CrmColumn.AMOUNT), bad.getMessage());
			}
		}
		List<StageEntry> history = history(record, header, entered);
		return new Opportunity(row, text(record, header, CrmColumn.PROCESS), text(record, header, CrmColumn.SEGMENT),
				text(record, header, CrmColumn.OWNER_ROLE), created, closed, amount, text(record, header, CrmColumn.STAGE),
				text(record, header, CrmColumn.STAGE_REACHED), history, outcome(record, header));
	}

	private List<StageEntry> history(CSVRecord record, Header<CrmColumn> header, Map<Integer, String> entered) throws BadRow {
		List<StageEntry> history = new ArrayList<>();
		String written = text(record, header, CrmColumn.STAGE_HISTORY);
		if (!written.isEmpty()) {
			for (String entry : written.split(";")) {
				Matcher matcher = HISTORY_ENTRY.matcher(entry.strip());
				if (!matcher.matches()) {
					throw new BadRow(header.text(CrmColumn.STAGE_HISTORY), "'" + entry.strip() + "' is not a stage and a date, such as Lead 2027-01-04");
				}
				history.add(new StageEntry(matcher.group(1).strip(), date(matcher.group(2), header.text(CrmColumn.STAGE_HISTORY))));
			}
		}
		for (Map.Entry<Integer, String> column : entered.entrySet()) {
			String value = column.getKey() < record.size() ? record.get(column.getKey()).strip() : "";
			if (!value.isEmpty()) {
				history.add(new StageEntry(column.getValue(), date(value, "Date entered " + column.getValue())));
			}
		}
		history.sort(java.util.Comparator.comparing(StageEntry::entered));
		return history;
	}

	private static Outcome outcome(CSVRecord record, Header<CrmColumn> header) throws BadRow {
		String outcome = text(record, header, CrmColumn.OUTCOME).toLowerCase(Locale.ROOT);
		String closed = text(record, header, CrmColumn.IS_CLOSED).toLowerCase(Locale.ROOT);
		Boolean isClosed = switch (closed) {
			case "true", "yes", "1", "closed" -> true;
			case "false", "no", "0", "open" -> false;
			case "" -> null;
			default -> throw new BadRow(header.text(CrmColumn.IS_CLOSED), "'" + closed + "' is not true or false");
		};
		return switch (outcome) {
			case "won", "closed won", "true", "yes", "1" -> Outcome.WON;
			case "lost", "closed lost" -> Outcome.LOST;
			case "open" -> Outcome.OPEN;
			case "false", "no", "0" -> isClosed == null ? Outcome.UNKNOWN : isClosed ? Outcome.LOST : Outcome.OPEN;
			case "" -> isClosed != null && !isClosed ? Outcome.OPEN : Outcome.UNKNOWN;
			default -> throw new BadRow(header.text(CrmColumn.OUTCOME), "'" + outcome + "' is not won, lost or open");
		};
	}

	private LocalDate date(CSVRecord record, Header<CrmColumn> header, CrmColumn column) throws BadRow {
		String text = text(record, header, column);
		return text.isEmpty() ? null : date(text, header.text(column));
	}

	/** 2027-01-04, 2027-01-04T10:00:00Z, 2027-01-04 10:00, or slashed (1/4/2027, month first unless mapped). */
	private LocalDate date(String text, String column) throws BadRow {
		try {
			Matcher iso = ISO.matcher(text);
			if (iso.matches()) {
				return LocalDate.parse(iso.group(1));
			}
			return LocalDate.parse(text.split("[ T]")[0], slashed);
		} catch (DateTimeParseException e) {
			throw new BadRow(column, "'" + text + "' is not a date such as 2027-01-04");
		}
	}

	private static String text(CSVRecord record, Header<CrmColumn> header, CrmColumn column) {
		int index = header.index(column);
		return index < 0 || index >= record.size() ? "" : record.get(index).strip();
	}
}
