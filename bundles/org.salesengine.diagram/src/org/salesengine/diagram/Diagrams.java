package org.salesengine.diagram;

import java.util.List;
import java.util.Map;

import org.salesengine.diagram.build.Decorations;
import org.salesengine.diagram.build.DiagramBuilders;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.layout.ElkLayoutEngine;
import org.salesengine.diagram.layout.LayoutConfigurator;
import org.salesengine.diagram.layout.PinnedLayoutEngine;
import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.paint.Page;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.diagram.view.Colouring;
import org.salesengine.diagram.view.ScenarioMarks;
import org.salesengine.diagram.view.ViewFilter;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.engine.WholeEngine;

/**
 * The diagrams of an engine, laid out and ready to paint: {@code Diagrams.build(kind, engine, findings)}, then
 * {@link org.salesengine.diagram.paint.SvgWriter#write} or {@link org.salesengine.diagram.paint.PngPainter#paint}.
 * Findings decorate the elements they name; an engine with errors still gets its diagrams.
 */
public final class Diagrams {
	private static TextMetrics metrics;

	private Diagrams() {
	}

	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings) {
		return build(kind, engine, findings, StageVolumes.NONE);
	}

	/** With stage volumes for the pipeline diagram (other diagrams ignore them). */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes) {
		TextMetrics text = metrics();
		Diagram unlaid = DiagramBuilders.build(kind, engine, Decorations.of(findings), text, volumes);
		return new ElkLayoutEngine(text, LayoutConfigurator.forKind(kind)).layout(unlaid);
	}

	/**
	 * A diagram through a view: its layers, filters and focus decide what is drawn, a note says what was left out,
	 * and boxes are coloured as the view asks. {@code health} is the analysis's score per pillar, for colour by health.
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health) {
		return build(kind, engine, findings, volumes, view, health, null, Map.of());
	}

	/**
	 * A diagram for a slide: as {@link #build(DiagramKind, WholeEngine, List, StageVolumes, ViewSettings, Map)}, laid
	 * out for the page's aspect ratio; paint it with {@code SvgWriter.write(diagram, page)} or
	 * {@code PngPainter.paint(diagram, page)}, which scale it to fit.
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health, Page page) {
		return build(kind, engine, findings, volumes, view, health, page, Map.of());
	}

	/**
	 * A diagram through a view, for a page or not ({@code page} null), with the boxes the user dragged kept where they
	 * were dropped: {@code pins} maps a node's id to its box's top-left corner ({@link org.salesengine.diagram.pins}).
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health, Page page, Map<String, Point> pins) {
		return build(kind, engine, findings, volumes, view, health, page, null, pins);
	}

	/**
	 * A diagram of a scenario: {@code engine} and {@code findings} are the scenario's copy and its findings, and
	 * {@code marks} names the elements it changes, which are drawn marked ({@link ScenarioMarks}). {@code page} may be
	 * null for the drawing at its own size.
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health, Page page, ScenarioMarks marks) {
		return build(kind, engine, findings, volumes, view, health, page, marks, Map.of());
	}

	/**
	 * The general form: through a view, for a page or not ({@code page} null), a scenario's changes marked or not
	 * ({@code marks} null), and the dragged boxes kept where they were dropped ({@code pins} empty: none).
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health, Page page, ScenarioMarks marks, Map<String, Point> pins) {
		TextMetrics text = metrics();
		Diagram unlaid = DiagramBuilders.build(kind, engine, Decorations.of(findings), text, volumes, ViewFilter.of(view, engine),
				Colouring.of(view.colorBy(), health));
		LayoutConfigurator configurator = LayoutConfigurator.forKind(kind);
		if (page != null) {
			configurator.withAspectRatio(page.aspectRatio());
		}
		ElkLayoutEngine layout = pins.isEmpty() ? new ElkLayoutEngine(text, configurator) : new PinnedLayoutEngine(text, configurator, pins);
		return layout.layout(marks == null ? unlaid : marks.mark(unlaid, text));
	}

	/**
	 * As {@link #build(DiagramKind, WholeEngine, List, StageVolumes)}, with the boxes the user dragged in the workbench
	 * where they were dropped: the pin file beside the engine's first file, block of the diagram's own name. Its bad
	 * lines are left out here without a word; `render` and the workbench warn of them.
	 */
	public static Diagram buildPinned(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes) {
		ViewSettings view = ViewSettings.NONE.withRepresentation(kind.cliName());
		Map<String, Point> pins = PinFiles.read(engine).pins().pins(PinFile.viewOf(view));
		return pins.isEmpty() ? build(kind, engine, findings, volumes) : build(kind, engine, findings, volumes, view, Map.of(), null, null, pins);
	}

	/** Fonts are looked up once per process: the first lookup scans the installed fonts. */
	static synchronized TextMetrics metrics() {
		if (metrics == null) {
			metrics = new TextMetrics(Theme.DEFAULT);
		}
		return metrics;
	}
}
