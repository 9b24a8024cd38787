package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.diff.EngineDiff;
import org.salesengine.cli.diff.DiffJson;
import org.salesengine.cli.diff.DiffMarkdown;
import org.salesengine.cli.diff.DiffText;
import org.salesengine.cli.diff.GitRevisions;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.dsl.load.SourceFiles;
import org.salesengine.dsl.scenario.ScenarioProperties;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine diff}: what a change does to an engine, for review: elements added, removed, renamed and
 * changed property by property, findings introduced and resolved, and the figures of {@code compare}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Compares two versions of a design: files or folders OLD and NEW, or with --git two revisions of"
				+ " the repository (REV2 defaults to the working tree), read with git without touching the working tree."
				+ " See docs/scenarios.md and docs/ci.md." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:the diff was written", "2:usage or I/O problem (a missing file, an unknown revision)" })
public class DiffCommand implements Callable<Integer> {
	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..2", paramLabel = "OLD NEW", description = "two files or folders; with --git, REV [REV2]")
	List<String> sides;

	@Option(names = "--git", description = "OLD and NEW are git revisions (REV2 defaults to the working tree)")
	boolean git;

	@Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "with --git: a folder of the repository. Default: the current folder")
	Path repo;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or markdown (for a pull-request comment). Default: ${DEFAULT-VALUE}")
	String format;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!List.of("text", "json", "markdown").contains(format)) {
			err.println("salesengine: --format must be text, json or markdown, not '" + format + "'");
			return ExitCodes.USAGE;
		}
		if (!git && sides.size() != 2) {
			err.println("salesengine: diff needs OLD and NEW, or --git REV [REV2] (see 'salesengine diff --help')");
			return ExitCodes.USAGE;
		}
		List<Path> temporary = new ArrayList<>();
		try {
			Side old;
			Side now;
			if (git) {
				Path top = GitRevisions.topLevel(repo);
				old = revision(top, sides.get(0), temporary);
				now = sides.size() == 2 ? revision(top, sides.get(1), temporary)
						: new Side("working tree", load(GitRevisions.workingTree(top)), top, "");
			} else {
				old = new Side(sides.get(0), load(List.of(Path.of(sides.get(0)))), null, "");
				now = new Side(sides.get(1), load(List.of(Path.of(sides.get(1)))), null, "");
			}
			List<EngineDiff> diffs = diff(old, now);
			switch (format) {
				case "json" -> DiffJson.write(old.label(), now.label(), diffs, out);
				case "markdown" -> out.print(DiffMarkdown.write(old.label(), now.label(), diffs, DiffMarkdown.MAX_CHARACTERS));
				default -> DiffText.write(old.label(), now.label(), diffs, out);
			}
			out.flush();
			return ExitCodes.OK;
		} catch (GitRevisions.GitProblem | SourceFiles.UsageProblem e) {
			err.println("salesengine: " + e.getMessage());
			return ExitCodes.USAGE;
		} catch (IOException e) {
			err.println("salesengine: cannot write a temporary copy of a revision (" + e.getMessage() + ")");
			return ExitCodes.USAGE;
		} finally {
			temporary.forEach(DiffCommand::deleteTree);
		}
	}

	/**
	 * One version of the design: its label, what was read, and where: findings of a revision are named by their path
	 * in the repository ({@code HEAD:examples/acme.sales}), not in the temporary folder it was read into.
	 */
	private record Side(String label, LoadedEngines loaded, Path folder, String prefix) {
		List<Finding> findings(WholeEngine engine) {
			return engine == null ? List.of() : EngineFindings.of(loaded, engine).stream().map(this::named).toList();
		}

		private Finding named(Finding f) {
			if (folder == null) {
				return f;
			}
			Path path = Path.of(f.file()).toAbsolutePath();
			Path base = folder.toAbsolutePath();
			String file = path.startsWith(base) ? prefix + base.relativize(path) : f.file();
			return new Finding(file, f.line(), f.column(), f.endLine(), f.endColumn(), f.severity(), f.code(), f.message(), f.element());
		}
	}

	private Side revision(Path top, String revision, List<Path> temporary) throws GitRevisions.GitProblem, IOException, SourceFiles.UsageProblem {
		Path folder = Files.createTempDirectory("salesengine-diff-");
		temporary.add(folder);
		List<Path> files = GitRevisions.materialize(top, revision, folder);
		return new Side(revision, load(files), folder, revision + ":");
	}

	private static LoadedEngines load(List<Path> files) throws SourceFiles.UsageProblem {
		if (files.isEmpty()) {
			return new LoadedEngines(List.of(), List.of(), List.of());
		}
		return Language.injector().getInstance(EngineLoader.class).load(files);
	}

	/** Engines matched by name; one only on one side is all added or all removed. */
	private static List<EngineDiff> diff(Side old, Side now) {
		Map<String, WholeEngine> before = byName(old.loaded());
		Map<String, WholeEngine> after = byName(now.loaded());
		Map<String, Boolean> names = new LinkedHashMap<>();
		before.keySet().forEach(n -> names.put(n, true));
		after.keySet().forEach(n -> names.put(n, true));
		ScenarioProperties properties = Language.injector().getInstance(ScenarioProperties.class);
		AnalysisOptions options = AnalysisOptions.DEFAULT;
		List<EngineDiff> diffs = new ArrayList<>();
		for (String name : names.keySet()) {
			WholeEngine o = before.get(name);
			WholeEngine n = after.get(name);
			diffs.add(EngineDiff.of(name, o, old.findings(o), n, now.findings(n), properties, options));
		}
		return diffs;
	}

	private static Map<String, WholeEngine> byName(LoadedEngines loaded) {
		Map<String, WholeEngine> result = new LinkedHashMap<>();
		loaded.engines().forEach(e -> result.put(e.name(), e));
		return result;
	}

	private static void deleteTree(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind is not worth failing the diff for
		}
	}
}
