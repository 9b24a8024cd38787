package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.salesengine.diagram.view.ViewHeading;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.View;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code salesengine views}: the saved views of each engine, so a consultant sees what is prepared for a meeting. */
@Command(name = "views", mixinStandardHelpOptions = true,
		description = "Lists the saved views of each engine (its views section): name, representation, title and what it shows."
				+ " Render one with 'salesengine render PATH --view NAME -o DIR'. See docs/views.md.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:views listed, no errors in the design (warnings allowed)", "1:views listed, the design has errors",
				"2:usage or I/O problem" })
public class ViewsCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively)")
	List<Path> paths;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		if (loaded.engines().isEmpty()) {
			err.println("salesengine: no file holds an engine that can be read (run 'salesengine check' for details)");
			return loaded.errorCount() > 0 ? ExitCodes.FINDINGS : ExitCodes.USAGE;
		}
		for (WholeEngine engine : loaded.engines()) {
			List<View> saved = engine.views().stream().filter(v -> v.getName() != null).toList();
			out.println(engine.name() + ": " + (saved.isEmpty() ? "no saved views" : saved.size() + " saved view" + (saved.size() == 1 ? "" : "s")));
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { "view", "representation", "title", "shows" });
			for (View view : saved) {
				ViewSettings settings = ViewSettings.of(view);
				String shows = ViewHeading.describe(settings);
				rows.add(new String[] { view.getName(), settings.representation(), settings.title(), shows.isEmpty() ? "everything" : shows });
			}
			if (rows.size() > 1) {
				print(rows, out);
			}
		}
		out.flush();
		if (loaded.errorCount() > 0) {
			err.println("salesengine: the design has " + loaded.errorCount() + " error" + (loaded.errorCount() == 1 ? "" : "s")
					+ " (run 'salesengine check' for the list)");
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** Aligned columns two spaces apart; the last column is not padded. */
	private static void print(List<String[]> rows, PrintWriter out) {
		int columns = rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder("  ");
			for (int i = 0; i < columns; i++) {
				line.append(i == columns - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
