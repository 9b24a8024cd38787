package org.salesengine.cli.data;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.salesengine.cli.ExitCodes;
import org.salesengine.cli.Language;
import org.salesengine.data.columns.ColumnMappings;
import org.salesengine.data.roster.EngineImport;
import org.salesengine.data.roster.PlanColumn;
import org.salesengine.data.roster.RosterColumn;
import org.salesengine.data.sheet.Sheet;
import org.salesengine.data.sheet.SheetProblem;
import org.salesengine.data.sheet.SheetReader;
import org.salesengine.dsl.load.AtomicFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code salesengine import}: a client's roster or plan sheet as an engine file (docs/data.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Reads a roster (--as structure: one row per role) or a plan sheet (--as compensation: one row per measure) "
				+ "from .xlsx or .csv into a formatted engine file. Column names are listed in docs/data.md; --columns maps others.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:written", "1:the sheet has problems (all listed as file:row:column: message); nothing written",
				"2:usage or I/O problem (the output exists without --force, a missing file)" })
public class ImportCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "SHEET", description = "the roster or plan sheet, .xlsx or .csv")
	Path sheet;

	@Option(names = "--as", required = true, paramLabel = "structure|compensation", description = "what the sheet holds")
	String as;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE.sales", description = "the engine file to write; without it, the text is printed")
	Path output;

	@Option(names = "--engine", paramLabel = "NAME", description = "the engine's name (default: from the output file's name)")
	String engine;

	@Option(names = "--columns", paramLabel = "MAPPING", description = "a mapping file for other column names (key = Header text)")
	Path columns;

	@Option(names = "--sheet", paramLabel = "NAME", description = "the workbook's sheet to read (default: the first)")
	String sheetName;

	@Option(names = "--force", description = "replace an existing output file (atomically)")
	boolean force;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		EngineImport.Kind kind = switch (as.toLowerCase(Locale.ROOT)) {
			case "structure" -> EngineImport.Kind.STRUCTURE;
			case "compensation" -> EngineImport.Kind.COMPENSATION;
			default -> null;
		};
		if (kind == null) {
			err.println("salesengine: --as takes structure or compensation, not '" + as + "'");
			return ExitCodes.USAGE;
		}
		if (!Files.isRegularFile(sheet)) {
			err.println("salesengine: " + sheet + ": no such file");
			return ExitCodes.USAGE;
		}
		if (output != null && Files.exists(output) && !force) {
			err.println("salesengine: " + output + " already exists: give --force to replace it");
			return ExitCodes.USAGE;
		}
		Map<String, String> mapping;
		try {
			mapping = ColumnMappings.read(columns, kind == EngineImport.Kind.STRUCTURE ? RosterColumn.values() : PlanColumn.values(), false);
		} catch (ColumnMappings.MappingProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		Sheet table;
		try {
			table = SheetReader.read(sheet, sheetName);
		} catch (SheetProblem e) {
			err.println(e.getMessage());
			return ExitCodes.FINDINGS;
		}
		if (engine != null && !org.salesengine.data.roster.Names.isName(engine)) {
			err.println("salesengine: --engine '" + engine + "' is not a name such as " + (org.salesengine.data.roster.Names.id(engine).isEmpty()
					? "AcmeEmea" : org.salesengine.data.roster.Names.id(engine)));
			return ExitCodes.USAGE;
		}
		String name = engine != null ? engine : EngineImport.engineName(output);
		EngineImport.Result result = Language.injector().getInstance(EngineImport.class).run(table, kind, name, mapping);
		if (!result.ok()) {
			result.problems().forEach(err::println);
			err.println("salesengine: " + result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
					+ " in " + sheet + ": nothing written");
			return ExitCodes.FINDINGS;
		}
		if (output == null) {
			out.print(result.text());
			return ExitCodes.OK;
		}
		try {
			AtomicFiles.write(output, result.text());
		} catch (IOException e) {
			err.println("salesengine: " + output + ": cannot write (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		}
		out.println("wrote " + output + " (" + table.rows().size() + (table.rows().size() == 1 ? " row" : " rows") + " of " + sheet + ")");
		return ExitCodes.OK;
	}
}
