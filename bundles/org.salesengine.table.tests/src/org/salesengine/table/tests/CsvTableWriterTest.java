package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import com.google.inject.Inject;

/**
 * The CSV format, read back by another implementation: Python's csv module must see exactly the table model's
 * cells, whatever commas, quotes and line breaks the names hold, and no field may start a formula.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class CsvTableWriterTest {
	private static final String READER = "import csv, json, sys\n"
			+ "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
			+ "    print(json.dumps(list(csv.reader(f, strict=True))))\n";

	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	@Test
	void pythonReadsBackTheSameCellsWithHostileNames() throws Exception {
		WholeEngine hostile = SmallEngines.load(loader, temp, "hostile", SmallEngines.HOSTILE);
		Table roles = Tables.build(TableKind.ROLES, hostile, List.of());
		List<List<String>> read = readWithPython(CsvTableWriter.write(roles));
		assertEquals(expected(roles), read);
		List<String> ae = read.get(1);
		assertEquals(List.of("AE", "Sales, \"field\"\nteam"), ae.subList(0, 2), "comma, quotes and line break survive");
		assertEquals("'=HYPERLINK(\"http://example.invalid\",\"click\")", read.get(2).get(1), "a formula is defused");
		assertEquals("'+1, -1 and @all", read.get(4).get(1));
		assertEquals("<script>alert('x')</script> & more", read.get(3).get(1), "nothing else is changed");
		assertEquals("AE", read.get(3).get(5), "Markup reports to AE");
		assertEquals("'=1+2, \"three\"\nfour", read.get(5).get(1), "all four at once: comma, quotes, line break, leading = " + read);
	}

	@Test
	void brokenAlignmentHasAFindingsColumnAndRow() throws Exception {
		Examples broken = Examples.load(loader, "broken.sales");
		Table alignment = Tables.build(TableKind.ALIGNMENT, broken.engine(), broken.findings());
		List<List<String>> read = readWithPython(CsvTableWriter.write(alignment));
		assertEquals(expected(alignment), read);
		assertEquals(List.of("objective", "display name", "priority", "Bookings", "Calls", "Velocity", "WinShare", "reviewed in", "paid by",
				"indicator of", "findings"), read.get(0));
		assertEquals(List.of("Partners", "Build a partner channel", "2", "", "", "", "", "", "", "", "warning: unmeasured-objective"), read.get(2));
		List<String> findings = read.get(3);
		assertEquals("findings", findings.get(0));
		assertEquals("error: formula-cycle; error: unit-mismatch; warning: unreviewed-kpi", findings.get(5), "Velocity");
		assertEquals(4, read.size(), "header, two objectives, findings");
	}

	@Test
	void fieldsThatWouldRunAsFormulasGetAnApostrophe() {
		assertEquals("'=1+2", CsvTableWriter.inert("=1+2"));
		assertEquals("'+A1", CsvTableWriter.inert("+A1"));
		assertEquals("'-A1", CsvTableWriter.inert("-A1"));
		assertEquals("'@SUM(A1)", CsvTableWriter.inert("@SUM(A1)"));
		assertEquals("'\tx", CsvTableWriter.inert("\tx"));
		assertEquals("40%", CsvTableWriter.inert("40%"));
		assertEquals("a=b", CsvTableWriter.inert("a=b"));
		assertEquals("", CsvTableWriter.inert(""));
	}

	/**
	 * The model as a spreadsheet should see it, built here from the model rather than by the writer: the headings,
	 * each row's name, display name, cells and findings, then, for a table of element columns, their findings; every
	 * field that starts like a formula with an apostrophe in front.
	 */
	private static List<List<String>> expected(Table table) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of(table.kind().rowHeading(), "display name"));
		table.columns().forEach(column -> header.add(column.label()));
		header.add("findings");
		rows.add(header);
		for (TableRow row : table.rows()) {
			List<String> fields = new ArrayList<>(List.of(row.label(), row.detail()));
			row.cells().stream().map(TableCell::text).forEach(fields::add);
			fields.add(row.mark() == null ? "" : row.mark().summary());
			rows.add(fields);
		}
		if (table.columns().stream().anyMatch(column -> !column.elements().isEmpty())) {
			List<String> fields = new ArrayList<>(List.of("findings", ""));
			table.columns().forEach(column -> fields.add(column.mark() == null ? "" : column.mark().summary()));
			fields.add("");
			rows.add(fields);
		}
		List<List<String>> defused = new ArrayList<>();
		for (List<String> row : rows) {
			defused.add(row.stream().map(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 ? "'" + f : f).toList());
		}
		return defused;
	}

	private List<List<String>> readWithPython(String csv) throws Exception {
		Path file = temp.resolve("table.csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		Path script = temp.resolve("read.py");
		Files.writeString(script, READER, StandardCharsets.UTF_8);
		Process python = new ProcessBuilder("python3", script.toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(python.waitFor(30, TimeUnit.SECONDS), "python3 finished");
		assertEquals(0, python.exitValue(), output);
		return new Gson().fromJson(output, new TypeToken<List<List<String>>>() {
		}.getType());
	}
}
