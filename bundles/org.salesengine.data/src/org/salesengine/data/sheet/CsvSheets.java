package org.salesengine.data.sheet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV files as tables, through Commons CSV: UTF-8 (a byte-order mark is dropped), comma or semicolon separated. */
public final class CsvSheets {
	private CsvSheets() {
	}

	static Sheet read(Path file) throws SheetProblem {
		String name = file.toString();
		List<String> header = null;
		List<Row> rows = new ArrayList<>();
		try (Reader reader = open(file); CSVParser parser = format(file).parse(reader)) {
			int row = 0;
			for (CSVRecord record : parser) {
				row++;
				List<Cell> cells = new ArrayList<>(record.size());
				record.forEach(value -> cells.add(Cell.text(value)));
				Row read = new Row(row, cells);
				if (header == null) {
					if (!read.isBlank()) {
						header = cells.stream().map(Cell::text).toList();
					}
				} else if (!read.isBlank()) {
					rows.add(read);
				}
			}
		} catch (UncheckedIOException e) {
			throw new SheetProblem(name + ": " + describe(e.getCause()));
		} catch (IOException e) {
			throw new SheetProblem(name + ": " + describe(e));
		}
		return new Sheet(name, header == null ? List.of() : header, rows);
	}

	/** A decoder that refuses bytes that are not UTF-8 rather than replacing them with question marks. */
	public static Reader open(Path file) throws IOException {
		Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
		java.io.PushbackReader pushback = new java.io.PushbackReader(new java.io.BufferedReader(reader, 1 << 16), 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

	/** Excel in many European locales saves CSV with semicolons: the first line tells which separator is meant. */
	public static CSVFormat format(Path file) throws IOException {
		String first;
		try (java.io.BufferedReader lines = new java.io.BufferedReader(open(file))) {
			char[] buffer = new char[8192];
			int read = lines.read(buffer);
			first = read <= 0 ? "" : new String(buffer, 0, read).lines().findFirst().orElse("");
		}
		char separator = count(first, ';') > count(first, ',') ? ';' : ',';
		return CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
	}

	private static long count(String text, char c) {
		return text.chars().filter(ch -> ch == c).count();
	}

	/** Commons CSV's messages name the line: "(line 5) invalid char between encapsulated token and delimiter". */
	public static String describe(IOException e) {
		if (e instanceof CharacterCodingException || e instanceof java.nio.charset.MalformedInputException) {
			return "the file is not valid UTF-8 text: save it as CSV UTF-8";
		}
		String message = String.valueOf(e.getMessage());
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)|at line:? (\\d+)").matcher(message);
		String lower = message.toLowerCase(java.util.Locale.ROOT);
		if (line.find()) {
			String why = lower.contains("eof reached before encapsulated token finished") ? "a quoted value is never closed"
					: lower.contains("invalid char") && lower.contains("between encapsulated token and delimiter")
							? "text after a closing quote (a quote inside a value must be doubled: \"\")"
							: message.replaceAll("\\s+", " ");
			return "line " + (line.group(1) != null ? line.group(1) : line.group(2)) + ": broken quoting: " + why;
		}
		return "cannot read (" + message.replaceAll("\\s+", " ") + ")";
	}
}
