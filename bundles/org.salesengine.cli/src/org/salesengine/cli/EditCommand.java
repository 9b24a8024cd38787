package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.salesengine.cli.report.TextReport;
import org.salesengine.dsl.load.AtomicFiles;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.edit.Breakage;
import org.salesengine.edit.EditOperation;
import org.salesengine.edit.EditResult;
import org.salesengine.edit.EngineEditor;
import org.salesengine.edit.FileEdit;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine edit PATH OPERATION ...}: the workbench's edit operations on the command line. Each computes
 * minimal text edits (nothing outside the edited element moves, comments stay) and writes every changed file
 * atomically, or, with {@code --dry-run}, prints them as a unified diff.
 */
@Command(name = "edit", mixinStandardHelpOptions = true,
		description = { "Edits an engine's .sales files: creates, connects, disconnects, renames and deletes elements and sets "
				+ "their properties. Each edit changes only the text of the element it edits (and, for a rename or a deletion, "
				+ "the references to it, in every file of the engine); comments and layout elsewhere stay byte for byte. "
				+ "PATH is a file or a folder; give the folder of an engine split over several files.",
				"",
				"Examples:",
				"  salesengine edit examples/acme.sales rename AE AccountExecutive",
				"  salesengine edit examples/acme.sales create kpi Churn --display-name \"Logo churn\"",
				"  salesengine edit examples/acme.sales create stage Demo --in NewBusiness",
				"  salesengine edit examples/acme.sales connect supports DealsWon NewLogos",
				"  salesengine edit examples/acme.sales connect measure AEPlan Pipeline --weight 10%%",
				"  salesengine edit examples/acme.sales disconnect members NewBusinessTeam SDR",
				"  salesengine edit examples/acme.sales set NewBusiness.Lead conversion 45%% --dry-run",
				"  salesengine edit examples/acme.sales set AEPlan mix 60/40",
				"  salesengine edit examples/acme.sales delete ForecastCall",
				"  salesengine edit examples/acme.sales delete SDR --force" },
		subcommands = { EditCommand.Rename.class, EditCommand.Create.class, EditCommand.Connect.class, EditCommand.Disconnect.class,
				EditCommand.Delete.class, EditCommand.Set.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the edit is written (or, with --dry-run, shown) and the engine has no errors after it",
				"1:the edit is written (or shown), and the engine has errors after it (those the edit adds are listed)",
				"2:usage or I/O problem, or an edit that cannot be done (nothing is written)" })
public class EditCommand implements Callable<Integer> {

	/** The options every operation takes, after the operation's own arguments or before them. */
	static final class Options {
		@Option(names = "--dry-run", description = "print the edit as a unified diff and write nothing")
		boolean dryRun;
		@Option(names = "--engine", paramLabel = "NAME", description = "the engine to edit, when PATH holds several")
		String engine;
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "PATH", description = "a .sales file, or the folder of an engine's files")
	Path path;

	@Mixin
	Options options = new Options();

	@Override
	public Integer call() {
		throw new picocli.CommandLine.ParameterException(spec.commandLine(),
				"an operation is required (rename, create, connect, disconnect, delete, set)");
	}

	@Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames an element and every reference to it, in every file of the engine. A name that is taken is refused.")
	static final class Rename implements Callable<Integer> {
		@ParentCommand
		EditCommand edit;
		@Mixin
		Options options = new Options();
		@Parameters(index = "0", paramLabel = "ELEMENT", description = "the element: a name, Process.Stage for a stage")
		String element;
		@Parameters(index = "1", paramLabel = "NEW_NAME")
		String newName;

		@Override
		public Integer call() {
			return edit.run(new EditOperation.Rename(element, newName), options);
		}
	}

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Creates an element in its pillar's section (added when the file has none), after the last element of its "
					+ "kind. Without NAME, or when NAME is taken, a fresh name is made (Kpi1, Kpi2; Churn2).")
	static final class Create implements Callable<Integer> {
		@ParentCommand
		EditCommand edit;
		@Mixin
		Options options = new Options();
		@Parameters(index = "0", paramLabel = "KIND", description = "objective, segment, role, team, process, stage, won, lost, behavior, ritual, kpi, plan, measure or spif")
		String kind;
		@Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "the name (for a measure: its KPI)")
		String name;
		@Option(names = "--in", paramLabel = "PARENT", description = "the process of a stage or outcome, the plan of a measure")
		String parent;
		@Option(names = "--display-name", paramLabel = "TEXT")
		String displayName;
		@Option(names = "--file", paramLabel = "FILE", description = "the file of a multi-file engine to put it in (default: the file that has its section)")
		String file;

		@Override
		public Integer call() {
			org.salesengine.edit.ElementKind type;
			try {
				type = org.salesengine.edit.ElementKind.of(kind);
			} catch (IllegalArgumentException e) {
				return edit.usage(e.getMessage());
			}
			return edit.run(new EditOperation.Create(type, name, parent, displayName, file), options);
		}
	}

	@Command(name = "connect", mixinStandardHelpOptions = true,
			description = { "Links two elements as the engine map draws them. LINK is one of: supports (KPI to objective), reviews "
					+ "(ritual to KPI), measure (plan to KPI, with --weight), indicator (behavior to KPI), reinforced-by (behavior to ritual), "
					+ "expected-of (behavior to role), during (behavior to stage), owner (stage or KPI to role), covers (team to segment), "
					+ "members and lead (team to role), produces (process to KPI), for (process to segment, plan or SPIF to role), "
					+ "led-by and attended-by (ritual to role), reports-to (role to role), rewards (SPIF to KPI). A link that holds one "
					+ "element (owner, lead, produces) is replaced." })
	static final class Connect extends LinkOperation {
		@Option(names = "--weight", paramLabel = "PERCENT", description = "a measure's weight, such as 20%%")
		String weight;

		@Override
		EditOperation operation(org.salesengine.edit.LinkType type) {
			return new EditOperation.Connect(type, source, target, weight);
		}
	}

	@Command(name = "disconnect", mixinStandardHelpOptions = true, description = "Removes a link (see 'connect' for the links); a measure is deleted.")
	static final class Disconnect extends LinkOperation {
		@Override
		EditOperation operation(org.salesengine.edit.LinkType type) {
			return new EditOperation.Disconnect(type, source, target);
		}
	}

	/** connect and disconnect: a link of the engine map, from its source to its target. */
	abstract static class LinkOperation implements Callable<Integer> {
		@ParentCommand
		EditCommand edit;
		@Mixin
		Options options = new Options();
		@Parameters(index = "0", paramLabel = "LINK")
		String link;
		@Parameters(index = "1", paramLabel = "SOURCE")
		String source;
		@Parameters(index = "2", paramLabel = "TARGET")
		String target;

		abstract EditOperation operation(org.salesengine.edit.LinkType type);

		@Override
		public Integer call() {
			org.salesengine.edit.LinkType type;
			try {
				type = org.salesengine.edit.LinkType.of(link);
			} catch (IllegalArgumentException e) {
				return edit.usage(e.getMessage());
			}
			return edit.run(operation(type), options);
		}
	}

	@Command(name = "delete", mixinStandardHelpOptions = true,
			description = "Deletes an element and removes it from every list that refers to it. References that would point at nothing "
					+ "(a stage's owner, a plan's role, a measure's KPI) are listed and nothing is written, unless --force, which removes "
					+ "them too (a measure of a deleted KPI is deleted, a formula that uses it is removed).")
	static final class Delete implements Callable<Integer> {
		@ParentCommand
		EditCommand edit;
		@Mixin
		Options options = new Options();
		@Parameters(index = "0", paramLabel = "ELEMENT")
		String element;
		@Option(names = "--force", description = "delete even when references would point at nothing, and remove them")
		boolean force;

		@Override
		public Integer call() {
			return edit.run(new EditOperation.Delete(element, force), options);
		}
	}

	@Command(name = "set", mixinStandardHelpOptions = true,
			description = { "Sets a property, written as in a .sales file: headcount 12, carries-quota yes, ramp 6 months, attrition 12%%, "
					+ "average-deal 45k, conversion 40%%, duration 21 days, exit \"text\", cadence weekly, unit currency, signal leading, "
					+ "target 12M, source \"text\", ote 140k, mix 60/40, weight 80%%, quota 1.1M, credit overlay, threshold 50%%, "
					+ "accelerator 2x, accelerator-above 100%%, cap 300%%, bonus 2k, basis deal, priority 1, display-name \"text\", "
					+ "description \"text\". A value the language cannot read is refused with its message. --unset removes the property." })
	static final class Set implements Callable<Integer> {
		@ParentCommand
		EditCommand edit;
		@Mixin
		Options options = new Options();
		@Parameters(index = "0", paramLabel = "ELEMENT", description = "the element: a name, Process.Stage, Plan.Kpi for a measure")
		String element;
		@Parameters(index = "1", paramLabel = "PROPERTY")
		String property;
		@Parameters(index = "2..*", arity = "0..*", paramLabel = "VALUE", description = "the value; its words may be given apart (ramp 6 months)")
		List<String> words;
		@Option(names = "--unset", description = "remove the property instead")
		boolean unset;

		@Override
		public Integer call() {
			String value = words == null || words.isEmpty() ? null : String.join(" ", words);
			if (unset == (value != null)) {
				return edit.usage(unset ? "give a VALUE or --unset, not both" : "a VALUE is required (or --unset)");
			}
			return edit.run(new EditOperation.SetProperty(element, property, value), options);
		}
	}

	int usage(String message) {
		spec.commandLine().getErr().println("salesengine: " + message + " (see 'salesengine edit --help')");
		return ExitCodes.USAGE;
	}

	/** Loads the engine, computes the edit, writes it (or shows it) and checks the engine as the edit leaves it. */
	int run(EditOperation operation, Options local) {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		boolean dryRun = local.dryRun || options.dryRun;
		String engineName = local.engine != null ? local.engine : options.engine;
		LoadedEngines loaded = Language.load(List.of(path), err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		WholeEngine engine = choose(loaded, operation, engineName, err);
		if (engine == null) {
			return ExitCodes.USAGE;
		}
		List<Path> files = files(loaded, engine);
		List<Finding> before = findingsOf(loaded, files);
		EditResult result = Language.injector().getInstance(EngineEditor.class).apply(engine, operation);
		if (!result.applied()) {
			err.println("salesengine: " + result.message());
			for (Breakage breakage : result.breakages()) {
				err.println("  " + breakage.describe());
			}
			return ExitCodes.USAGE;
		}
		Map<Path, String> edited = new LinkedHashMap<>();
		for (FileEdit file : result.files()) {
			edited.put(Path.of(file.path()), file.after());
		}
		if (dryRun) {
			for (FileEdit file : result.files()) {
				out.print(UnifiedDiff.of(file, display(Path.of(file.path()), files)));
			}
		} else if (!write(result.files(), files, err)) {
			return ExitCodes.USAGE;
		}
		out.println(result.message() + ": " + changed(result.files(), files) + (dryRun ? " (dry run: nothing written)" : ""));
		for (Breakage breakage : result.breakages()) {
			out.println("  removed: " + breakage.describe());
		}
		return check(files, edited, before, out, err);
	}

	/** The engine the operation is meant for: the one asked for, the only one, or the only one with its elements. */
	private static WholeEngine choose(LoadedEngines loaded, EditOperation operation, String name, PrintWriter err) {
		List<WholeEngine> engines = loaded.engines();
		if (name != null) {
			for (WholeEngine engine : engines) {
				if (engine.name().equals(name)) {
					return engine;
				}
			}
			err.println("salesengine: no engine " + name + " in the files given (engines: " + names(engines) + ")");
			return null;
		}
		if (engines.size() == 1) {
			return engines.get(0);
		}
		if (engines.isEmpty()) {
			err.println("salesengine: the files given hold no engine that parses");
			return null;
		}
		List<String> wanted = EngineEditor.names(operation);
		List<WholeEngine> fitting = engines.stream().filter(e -> !wanted.isEmpty() && wanted.stream().allMatch(n -> EngineEditor.holds(e, n))).toList();
		if (fitting.size() == 1) {
			return fitting.get(0);
		}
		err.println("salesengine: the files given hold several engines (" + names(engines) + "): choose one with --engine NAME");
		return null;
	}

	private static String names(List<WholeEngine> engines) {
		return engines.stream().map(WholeEngine::name).collect(Collectors.joining(", "));
	}

	private static List<Path> files(LoadedEngines loaded, WholeEngine engine) {
		List<Path> files = new ArrayList<>();
		for (LoadedEngines.SourceFile source : loaded.sources()) {
			if (engine.fragments().contains(source.engine())) {
				files.add(source.path());
			}
		}
		return files;
	}

	private static List<Finding> findingsOf(LoadedEngines loaded, List<Path> files) {
		List<String> names = files.stream().map(Path::toString).toList();
		return loaded.findings().stream().filter(f -> names.contains(f.file())).toList();
	}

	/** The path as the user gave it (relative), for an absolute path of the edit; the pin file as its .sales file's sibling. */
	private static String display(Path absolute, List<Path> files) {
		Path normal = absolute.toAbsolutePath().normalize();
		for (Path file : files) {
			if (file.toAbsolutePath().normalize().equals(normal)) {
				return file.toString();
			}
		}
		for (Path file : files) {
			if (file.toAbsolutePath().normalize().getParent().equals(normal.getParent())) {
				return file.resolveSibling(normal.getFileName()).toString();
			}
		}
		return absolute.toString();
	}

	private static String changed(List<FileEdit> edits, List<Path> files) {
		return edits.size() + (edits.size() == 1 ? " file" : " files") + " changed ("
				+ edits.stream().map(f -> display(Path.of(f.path()), files)).collect(Collectors.joining(", ")) + ")";
	}

	/** Every changed file written atomically, after checking that none changed since it was read. */
	private static boolean write(List<FileEdit> edits, List<Path> files, PrintWriter err) {
		for (FileEdit file : edits) {
			Path target = Path.of(file.path());
			try {
				if (!new String(Files.readAllBytes(target), StandardCharsets.UTF_8).equals(file.before())) {
					err.println("salesengine: " + display(target, files) + " changed while the edit was computed; nothing written");
					return false;
				}
			} catch (IOException e) {
				err.println("salesengine: " + display(target, files) + ": cannot read (" + e.getMessage() + ")");
				return false;
			}
		}
		for (FileEdit file : edits) {
			Path target = Path.of(file.path());
			try {
				AtomicFiles.write(target, file.after());
			} catch (IOException e) {
				err.println("salesengine: " + display(target, files) + ": cannot write (" + e.getMessage() + ")");
				return false;
			}
		}
		return true;
	}

	/** Checks the engine as edited; lists the findings the edit added; 1 when the engine has errors. */
	private static int check(List<Path> files, Map<Path, String> edited, List<Finding> before, PrintWriter out, PrintWriter err) {
		Map<Path, String> unsaved = new HashMap<>();
		for (Path file : files) {
			for (Map.Entry<Path, String> entry : edited.entrySet()) {
				if (entry.getKey().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
					unsaved.put(file, entry.getValue());
				}
			}
		}
		LoadedEngines after;
		try {
			after = Language.injector().getInstance(EngineLoader.class).load(files, unsaved);
		} catch (SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		}
		Map<String, Integer> seen = new HashMap<>();
		before.forEach(f -> seen.merge(key(f), 1, Integer::sum));
		for (Finding finding : after.findings()) {
			if (seen.merge(key(finding), -1, Integer::sum) < 0) {
				out.println(TextReport.line(finding));
			}
		}
		return after.errorCount() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** A finding without its position, which the edit may have moved. */
	private static String key(Finding finding) {
		return finding.file() + "\n" + finding.code() + "\n" + finding.element() + "\n" + finding.message();
	}
}
