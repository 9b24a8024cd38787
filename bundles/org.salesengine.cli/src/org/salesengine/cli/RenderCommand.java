package org.salesengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.funnel.FunnelVolumes;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code salesengine render}: pictures of how an engine's parts connect, for decks and reviews. A design with errors
 * is still drawn, with its errors marked, because that is when the picture helps most; the exit code says whether
 * there were errors, as for check.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = "Draws diagrams of engines as SVG or PNG files named <engine>-<diagram>.<format>: "
				+ "engine (the engine map), pipeline (stages of each process), kpis (the KPI tree), pay (plans, measures, payout curves).",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:diagrams written, no errors in the design (warnings allowed)",
				"1:diagrams written, the design has errors (they are marked in the diagrams)", "2:usage or I/O problem" })
public class RenderCommand implements Callable<Integer> {

	enum Choice {
		engine, pipeline, kpis, pay, all
	}

	enum Format {
		svg, png
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively); the files of one engine are drawn together")
	List<Path> paths;

	@Option(names = "--diagram", defaultValue = "all", description = "engine, pipeline, kpis, pay or all. Default: ${DEFAULT-VALUE}")
	Choice diagram;

	@Option(names = "--format", defaultValue = "svg", description = "svg or png. Default: ${DEFAULT-VALUE}")
	Format format;

	@Mixin
	SlideOptions slide = new SlideOptions();

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write the files to; created if missing")
	Path output;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		// Text is measured with AWT; without this a desktop session would try to open a display connection.
		System.setProperty("java.awt.headless", "true");
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		List<WholeEngine> engines = loaded.engines();
		if (engines.isEmpty()) {
			err.println("salesengine: nothing to render: no file holds an engine that can be read (run 'salesengine check' for details)");
			return loaded.errorCount() > 0 ? ExitCodes.FINDINGS : ExitCodes.USAGE;
		}
		String slideProblem = slide.problem(engines);
		if (slideProblem != null) {
			err.println("salesengine: " + slideProblem);
			return ExitCodes.USAGE;
		}
		if (!Outputs.fontsUsable(err)) {
			return ExitCodes.USAGE;
		}
		String folderProblem = prepare(output);
		if (folderProblem != null) {
			err.println("salesengine: " + output + ": " + folderProblem);
			return ExitCodes.USAGE;
		}
		List<DiagramKind> kinds = slide.kinds(diagram == Choice.all ? Arrays.asList(DiagramKind.values()) : List.of(DiagramKind.byCliName(diagram.name())));
		for (WholeEngine engine : engines.stream().filter(slide::draws).toList()) {
			for (DiagramKind kind : kinds) {
				Diagram drawn = slide.build(kind, engine, loaded.findings(),
						kind == DiagramKind.PIPELINE ? volumes(loaded, engine) : StageVolumes.NONE);
				Path file = output.resolve(slide.fileName(drawn) + "." + format.name());
				byte[] bytes = format == Format.svg ? slide.svg(drawn) : slide.png(drawn);
				if (!Outputs.write(file, bytes, out, err)) {
					return ExitCodes.USAGE;
				}
			}
		}
		out.flush();
		if (loaded.errorCount() > 0) {
			err.println("salesengine: " + Outputs.errorsMarked(loaded, "diagrams"));
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** Creates the output folder if needed; a sentence saying what is wrong with it, or null. */
	private static String prepare(Path folder) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			return "not a folder";
		}
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			return "cannot create folder (" + e.getMessage() + ")";
		}
		return Files.isWritable(folder) ? null : "folder is not writable";
	}

	/** The deals each stage needs, from the analysis's funnel back-solve, for the pipeline diagram. */
	static StageVolumes volumes(LoadedEngines loaded, WholeEngine engine) {
		AnalysisResult analysis = EngineAnalysis.analyze(engine, EngineFindings.of(loaded, engine), AnalysisOptions.DEFAULT);
		return StageVolumes.of(FunnelVolumes.atStageEntry(analysis));
	}

}
