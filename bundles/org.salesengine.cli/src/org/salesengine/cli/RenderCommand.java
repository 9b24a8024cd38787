package org.salesengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.salesengine.analysis.AnalysisOptions;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.EngineAnalysis;
import org.salesengine.analysis.EngineFindings;
import org.salesengine.analysis.funnel.FunnelVolumes;
import org.salesengine.analysis.health.PillarScores;
import org.salesengine.analysis.scenario.ScenarioEngine;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.Finding;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.model.View;
import org.salesengine.model.engine.ViewWords;
import org.salesengine.table.TableViews;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.table.scenario.ScenarioDrawing;
import org.salesengine.table.scenario.TableScenarios;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
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
				+ "engine (the engine map), pipeline (stages of each process), kpis (the KPI tree), pay (plans, measures, payout curves); "
				+ "a table, or a saved view (<engine>-<view>.<format>), cut down with --focus, --depth, --show, --hide and --color-by. See docs/views.md.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:diagrams written, no errors in the design (warnings allowed)",
				"1:diagrams written, the design has errors (they are marked in the diagrams)", "2:usage or I/O problem" })
public class RenderCommand implements Callable<Integer> {

	enum Format {
		svg, png
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = ".sales files or folders (searched recursively); the files of one engine are drawn together")
	List<Path> paths;

	@Option(names = "--diagram", defaultValue = "all", paramLabel = "NAME",
			description = "engine, pipeline, kpis, pay, a table (alignment, kpi-governance, accountability, roles, kpi-table, stages) or all:"
					+ " the four diagrams and every saved view. Default: ${DEFAULT-VALUE}")
	String diagram;

	@Option(names = "--format", defaultValue = "svg", description = "svg or png. Default: ${DEFAULT-VALUE}")
	Format format;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "folder to write the files to; created if missing")
	Path output;

	@Mixin
	ViewOptions views;

	@Mixin
	SlideOptions slide = new SlideOptions();

	@Option(names = "--no-pins", description = "ignore the boxes dragged in the workbench (the pin file beside the engine's first file, "
			+ "<file>.pins) and lay every diagram out afresh")
	boolean noPins;
	@Option(names = "--scenario", paramLabel = "NAME",
			description = "draw a scenario of the engine: its overrides applied, the elements it changes marked;"
					+ " files are named <engine>-<diagram>-<scenario>.<format> (base: the engine as written)")
	String scenario;

	/** One picture to write: the file name's stem and what to draw. */
	private record Job(String stem, ViewSettings settings) {
	}

	/**
	 * What one engine's pictures show: the engine as written with the load's findings, or a scenario's copy with its
	 * findings and the marks of what it changes (null for the engine as written).
	 */
	private record Drawing(WholeEngine engine, List<Finding> findings, ScenarioMarks marks, String suffix) {
		boolean hasErrors() {
			return findings.stream().anyMatch(Finding::isError);
		}
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		// Text is measured with AWT; without this a desktop session would try to open a display connection.
		System.setProperty("java.awt.headless", "true");
		if (!diagram.equals("all") && !ViewWords.representations().contains(diagram)) {
			err.println("salesengine: unknown diagram '" + diagram + "'" + Similarity.didYouMean(diagram, ViewWords.representations())
					+ "; choose one of " + String.join(", ", ViewWords.DIAGRAMS) + ", all, or a table: " + String.join(", ", ViewWords.TABLES));
			return ExitCodes.USAGE;
		}
		String wordProblem = views.wordProblem();
		if (wordProblem != null) {
			err.println("salesengine: " + wordProblem);
			return ExitCodes.USAGE;
		}
		LoadedEngines loaded = Language.load(paths, err);
		if (loaded == null) {
			return ExitCodes.USAGE;
		}
		List<WholeEngine> engines = loaded.engines();
		if (engines.isEmpty()) {
			err.println("salesengine: nothing to render: no file holds an engine that can be read (run 'salesengine check' for details)");
			return loaded.errorCount() > 0 ? ExitCodes.FINDINGS : ExitCodes.USAGE;
		}
		if (views.view != null && engines.stream().allMatch(e -> ViewOptions.savedView(e, views.view) == null)) {
			err.println("salesengine: " + ViewOptions.noSuchView(engines, views.view));
			return ExitCodes.USAGE;
		}
		String slideProblem = slide.problem(engines);
		if (slideProblem != null) {
			err.println("salesengine: " + slideProblem);
			return ExitCodes.USAGE;
		}
		if (!Outputs.fontsUsable(err)) {
			return ExitCodes.USAGE;
		}
		String folderProblem = Outputs.prepareFolder(output);
		if (folderProblem != null) {
			err.println("salesengine: " + output + ": " + folderProblem);
			return ExitCodes.USAGE;
		}
		boolean errors = loaded.errorCount() > 0;
		for (WholeEngine engine : engines.stream().filter(slide::draws).toList()) {
			PinFile pins = noPins ? PinFile.EMPTY : Pins.read(engine, err);
			Drawing drawing = drawing(loaded, engine);
			if (drawing == null) {
				err.println("salesengine: " + ScenarioRuns.unknown(scenario, engines));
				return ExitCodes.USAGE;
			}
			List<Job> jobs;
			try {
				jobs = jobs(drawing.engine());
			} catch (IllegalArgumentException problem) {
				err.println("salesengine: " + problem.getMessage());
				return ExitCodes.USAGE;
			}
			for (Job job : jobs) {
				Path file = output.resolve(job.stem() + drawing.suffix() + "." + format.name());
				if (!Outputs.write(file, draw(loaded, drawing, job.settings(), pins), out, err)) {
					return ExitCodes.USAGE;
				}
			}
			errors |= drawing.marks() != null && drawing.hasErrors();
		}
		out.flush();
		if (errors) {
			err.println("salesengine: " + Outputs.errorsMarked(loaded, "diagrams"));
			return ExitCodes.FINDINGS;
		}
		return ExitCodes.OK;
	}

	/** The engine as written, or the scenario asked for applied to it; null when the engine has no such scenario. */
	private Drawing drawing(LoadedEngines loaded, WholeEngine engine) {
		if (scenario == null) {
			return new Drawing(engine, loaded.findings(), null, "");
		}
		ScenarioEngine run = ScenarioRuns.named(loaded, engine, scenario);
		if (run == null) {
			return null;
		}
		return new Drawing(run.engine(), run.findings(), ScenarioDrawing.marks(run), "-" + run.name());
	}

	/** What to draw for one engine: the saved view asked for, or the diagrams asked for (and with all, every saved view). */
	private List<Job> jobs(WholeEngine engine) {
		List<Job> jobs = new ArrayList<>();
		if (slide.process != null) {
			// One process's pipeline: drawn as a view focused on that process.
			jobs.add(new Job(engine.name() + "-pipeline-" + slide.process,
					slide.focus(engine, views.settings(engine, ViewSettings.NONE.withRepresentation("pipeline")))));
			return jobs;
		}
		if (views.view != null) {
			View saved = ViewOptions.savedView(engine, views.view);
			if (saved != null) {
				jobs.add(new Job(engine.name() + "-" + saved.getName(), views.settings(engine, ViewSettings.of(saved))));
			}
			return jobs;
		}
		List<String> representations = diagram.equals("all") ? ViewWords.DIAGRAMS : List.of(diagram);
		for (String representation : representations) {
			jobs.add(new Job(engine.name() + "-" + representation, views.settings(engine, ViewSettings.NONE.withRepresentation(representation))));
		}
		if (diagram.equals("all")) {
			for (View saved : engine.views()) {
				if (saved.getName() != null) {
					jobs.add(new Job(engine.name() + "-" + saved.getName(), ViewSettings.of(saved)));
				}
			}
		}
		return jobs;
	}

	private byte[] draw(LoadedEngines loaded, Drawing drawing, ViewSettings settings, PinFile pins) {
		String representation = settings.representation();
		WholeEngine engine = drawing.engine();
		if (ViewWords.isTable(representation)) {
			Table built = TableViews.build(TableKind.byCliName(representation).orElseThrow(), engine, drawing.findings(), settings);
			Table table = drawing.marks() == null ? built : TableScenarios.mark(built, drawing.marks());
			return format == Format.svg ? TableDrawing.svg(table).getBytes(StandardCharsets.UTF_8) : TableDrawing.png(table);
		}
		DiagramKind kind = DiagramKind.byCliName(representation);
		List<Finding> own = drawing.marks() == null ? EngineFindings.of(loaded, engine) : drawing.findings();
		StageVolumes volumes = kind == DiagramKind.PIPELINE ? volumes(engine, own) : StageVolumes.NONE;
		Map<EnginePillar, Integer> scores = settings.colorBy().equals("health") ? EnginePillar.byHealthOrder(PillarScores.of(engine, own)) : Map.of();
		Diagram drawn = slide.build(kind, engine, drawing.findings(), volumes, settings, scores, drawing.marks(),
				pins.pins(PinFile.viewOf(settings)));
		return format == Format.svg ? slide.svg(drawn) : slide.png(drawn);
	}

	/** The deals each stage needs, from the analysis's funnel back-solve, for the pipeline diagram. */
	static StageVolumes volumes(WholeEngine engine, List<Finding> findings) {
		AnalysisResult analysis = EngineAnalysis.analyze(engine, findings, AnalysisOptions.DEFAULT);
		return StageVolumes.of(FunnelVolumes.atStageEntry(analysis));
	}

}
