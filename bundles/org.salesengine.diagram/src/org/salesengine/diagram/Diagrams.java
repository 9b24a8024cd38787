package org.salesengine.diagram;

import java.util.List;
import java.util.Map;

import org.salesengine.diagram.build.Decorations;
import org.salesengine.diagram.build.DiagramBuilders;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.layout.ElkLayoutEngine;
import org.salesengine.diagram.layout.LayoutConfigurator;
import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.paint.Page;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.view.Colouring;
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
		TextMetrics text = metrics();
		Diagram unlaid = DiagramBuilders.build(kind, engine, Decorations.of(findings), text, volumes, ViewFilter.of(view, engine),
				Colouring.of(view.colorBy(), health));
		return new ElkLayoutEngine(text, LayoutConfigurator.forKind(kind)).layout(unlaid);
	}

	/**
	 * A diagram for a slide: as {@link #build(DiagramKind, WholeEngine, List, StageVolumes, ViewSettings, Map)}, laid
	 * out for the page's aspect ratio; paint it with {@code SvgWriter.write(diagram, page)} or
	 * {@code PngPainter.paint(diagram, page)}, which scale it to fit.
	 */
	public static Diagram build(DiagramKind kind, WholeEngine engine, List<Finding> findings, StageVolumes volumes, ViewSettings view,
			Map<EnginePillar, Integer> health, Page page) {
		TextMetrics text = metrics();
		Diagram unlaid = DiagramBuilders.build(kind, engine, Decorations.of(findings), text, volumes, ViewFilter.of(view, engine),
				Colouring.of(view.colorBy(), health));
		return new ElkLayoutEngine(text, LayoutConfigurator.forKind(kind).withAspectRatio(page.aspectRatio())).layout(unlaid);
	}

	/** Fonts are looked up once per process: the first lookup scans the installed fonts. */
	static synchronized TextMetrics metrics() {
		if (metrics == null) {
			metrics = new TextMetrics(Theme.DEFAULT);
		}
		return metrics;
	}
}
