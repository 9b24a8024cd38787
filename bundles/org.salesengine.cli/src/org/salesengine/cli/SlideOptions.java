package org.salesengine.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.Page;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.diagnostics.Similarity;
import org.salesengine.dsl.load.Finding;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.SalesProcess;
import org.salesengine.model.engine.WholeEngine;

import picocli.CommandLine.Option;

/**
 * The options of {@code salesengine render} that make a diagram for a slide: {@code --page 16:9} lays it out for the
 * slide's shape and scales it onto the slide, {@code --process NAME} draws one process's pipeline.
 */
public class SlideOptions {
	@Option(names = "--page", paramLabel = "RATIO", description = "16:9 or 4:3: lay each diagram out for a slide of that "
			+ "shape and scale it to fill 1920x1080 px (4:3: 1440x1080 px) inside margins of 48 px")
	String page;

	@Option(names = "--process", paramLabel = "NAME", description = "draw only this process's pipeline "
			+ "(in each engine that has it); implies --diagram pipeline")
	String process;

	/** What is wrong with the options for these engines, in one sentence, or null. */
	String problem(List<WholeEngine> engines) {
		if (page != null && Page.named(page) == null) {
			return "--page " + page + ": unknown page" + Similarity.didYouMean(page, Page.names()) + "; the pages are "
					+ String.join(", ", Page.names());
		}
		if (process != null && engines.stream().noneMatch(this::draws)) {
			List<String> names = engines.stream().flatMap(e -> e.processes().stream()).map(SalesProcess::getName).toList();
			return "--process " + process + ": there is no process '" + process + "'" + Similarity.didYouMean(process, names)
					+ (names.isEmpty() ? "; no engine has a process" : "; the processes are " + String.join(", ", names));
		}
		return null;
	}

	/** Whether anything of this engine is drawn: without --process everything, with it the engines that have it. */
	boolean draws(WholeEngine engine) {
		return process == null || processNamed(engine) != null;
	}

	/** The view focused on the process asked for (depth 1: its segments, stages' owners and what it produces). */
	ViewSettings focus(WholeEngine engine, ViewSettings view) {
		return view.withFocus(List.of(processNamed(engine)), 1);
	}

	/** The diagram, laid out for the page's shape when one is asked for. */
	Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> scores) {
		return page == null ? Diagrams.build(kind, engine, findings, volumes, view, scores)
				: Diagrams.build(kind, engine, findings, volumes, view, scores, Page.named(page));
	}

	byte[] svg(Diagram drawn) {
		return (page == null ? SvgWriter.write(drawn) : SvgWriter.write(drawn, Page.named(page))).getBytes(StandardCharsets.UTF_8);
	}

	byte[] png(Diagram drawn) {
		return page == null ? PngPainter.paint(drawn) : PngPainter.paint(drawn, Page.named(page));
	}

	private SalesProcess processNamed(WholeEngine engine) {
		return engine.processes().stream().filter(p -> p.getName().equals(process)).findFirst().orElse(null);
	}
}
