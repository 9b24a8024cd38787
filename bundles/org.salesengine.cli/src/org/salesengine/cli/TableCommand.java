package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.CsvTableWriter;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.render.TextTableWriter;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.table.scenario.TableScenarios;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine table}: one table of one engine, for a terminal, a spreadsheet or a slide. A table is a view of
 * the design, not a verdict on it: a design with errors still gets its table, with the errors marked, and the exit
 * code is 0; only input that cannot be read (or a bad invocation) gives 2.
 */
@Command(name = "table", mixinStandardHelpOptions = true,
		description = "Writes one table of one engine, for a terminal, a spreadsheet or a slide: alignment (objectives × KPIs,"
				+ " with the rituals, plans and behaviors behind each objective), kpi-governance (KPIs × rituals and plans, with owner,"
				+ " signal and target), accountability (what each role owns, is expected to do, leads, attends and is paid on), roles,"
				+ " kpi-table, stages (a row per element, a column per setting). Text and CSV go to standard output unless -o is given;"
				+ " PNG needs -o. Findings are marked on the rows, columns and cells of the elements they name; with --scenario, the"
				+ " cells the scenario changes. See docs/views.md.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:table written, also when the design has errors (they are marked in the table)",
				"2:usage or I/O problem: unknown table, unreadable input, no engine in it, more than one engine, file not writable" })
public class TableCommand implements Callable<Integer> {

	enum Format {
		text, csv, svg, png
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively) holding one engine")
	List<Path> paths;

	@Option(names = "--table", required = true, paramLabel = "TABLE",
			description = "alignment, kpi-governance, accountability, roles, kpi-table or stages")
	String table;

	@Option(names = "--format", defaultValue = "text", description = "text, csv, svg or png. Default: ${DEFAULT-VALUE}")
	Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "file to write (replaced atomically); required for png")
	Path output;

	@Option(names = "--scenario", paramLabel = "NAME",
			description = "the table of a scenario of the engine: its values, the cells it changes marked (text: Δ1 and a line per change;"
					+ " SVG and PNG: outlined; CSV: the values only)")
	String scenario;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Optional<TableKind> kind = TableKind.byCliName(table);
		if (kind.isEmpty()) {
			err.println("salesengine: unknown table '" + table + "'; choose one of " + String.join(", ", TableKind.cliNames()));
			return ExitCodes.USAGE;
		}
		if (format == Format.png && output == null) {
			err.println("salesengine: --format png writes a file: give it with -o FILE");
			return ExitCodes.USAGE;
		}
		if (format == Format.svg || format == Format.png) {
			// Text is measured with AWT; without this a desktop session would try to open a display connection.
			System.setProperty("java.awt.headless", "true");
			if (!Outputs.fontsUsable(err)) {
				return ExitCodes.USAGE;
			}
		}
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		List<WholeEngine> engines = loaded.engines();
		if (engines.size() != 1) {
			err.println(engines.isEmpty()
					? "salesengine: nothing to tabulate: no file holds an engine that can be read (run 'salesengine check' for details)"
					: "salesengine: the files hold " + engines.size() + " engines (" + String.join(", ", engines.stream().map(WholeEngine::name).toList())
							+ "); give the files of one engine");
			return ExitCodes.USAGE;
		}
		WholeEngine engine = engines.get(0);
		List<Finding> findings = loaded.findings();
		ScenarioMarks marks = null;
		if (scenario != null) {
			ScenarioEngine run = ScenarioRuns.named(loaded, engine, scenario);
			if (run == null) {
				err.println("salesengine: " + ScenarioRuns.unknown(scenario, engines));
				return ExitCodes.USAGE;
			}
			engine = run.engine();
			findings = run.findings();
			marks = ScenarioDrawing.marks(run);
		}
		Table built = Tables.build(kind.get(), engine, findings);
		Table written = marks == null ? built : TableScenarios.mark(built, marks);
		byte[] bytes = switch (format) {
			case text -> TextTableWriter.write(written).getBytes(StandardCharsets.UTF_8);
			case csv -> CsvTableWriter.write(written).getBytes(StandardCharsets.UTF_8);
			case svg -> TableDrawing.svg(written).getBytes(StandardCharsets.UTF_8);
			case png -> TableDrawing.png(written);
		};
		if (output == null) {
			out.print(new String(bytes, StandardCharsets.UTF_8));
		} else if (!Outputs.write(output, bytes, out, err)) {
			return ExitCodes.USAGE;
		}
		out.flush();
		if (loaded.errorCount() > 0) {
			err.println("salesengine: note: " + Outputs.errorsMarked(loaded, "table"));
		} else if (findings.stream().anyMatch(Finding::isError)) {
			err.println("salesengine: note: the scenario " + scenario + " has errors, marked in the table (run 'salesengine check --scenario "
					+ scenario + "' for the list)");
		}
		return ExitCodes.OK;
	}
}
