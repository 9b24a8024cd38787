package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.SvgBoxes;

import com.google.inject.Inject;

/**
 * Layout with pinned boxes on acme: a pinned box ends where it was pinned (its column's x, the pin's y), in the
 * diagram and in the SVG; ELK routes its edges to it and moves the others out of its way.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PinnedLayoutTest {
	@Inject
	private EngineLoader loader;
	private Examples acme;

	@BeforeEach
	void load() {
		acme = Examples.load(loader, "acme.sales");
	}

	@Test
	void aPinnedBoxEndsAtItsPinInTheDiagramAndInTheSvg() {
		Diagram free = build(DiagramKind.KPIS, Map.of());
		// The KPI tree reads left to right: objectives, the KPIs that support them, then formula inputs. Pipeline
		// supports NewLogos and sits in the second column; dropped into the third column (DealsWon's x) at y 900, which
		// is below every box of that column, it goes into that column and keeps its y.
		double thirdColumn = box(free, "AcmeEmea.DealsWon").x();
		assertNotEquals(thirdColumn, box(free, "AcmeEmea.Pipeline").x());
		Diagram pinned = build(DiagramKind.KPIS, Map.of("AcmeEmea.Pipeline", new Point(thirdColumn, 900)));
		assertEquals(new Point(thirdColumn, 900), topLeft(box(pinned, "AcmeEmea.Pipeline")));
		assertEquals(new Point(thirdColumn, 900), SvgBoxes.topLeft(SvgWriter.write(pinned), "AcmeEmea.Pipeline"));
		// Its one edge, supports NewLogos, is routed from the pinned box.
		DiagramEdge supports = pinned.edges().stream().filter(e -> e.sourceId().equals("AcmeEmea.Pipeline")).findFirst().orElseThrow();
		assertTrue(onBorder(box(pinned, "AcmeEmea.Pipeline"), supports.route().get(0)), supports.route().toString());
		assertEquals(List.of(), LayoutProblems.overlappingNodes(pinned));
		assertEquals(List.of(), LayoutProblems.edgesDetachedFromEnds(pinned));
		// The same pins, the same picture: what the workbench shows, render writes.
		assertEquals(SvgWriter.write(pinned), SvgWriter.write(build(DiagramKind.KPIS, Map.of("AcmeEmea.Pipeline", new Point(thirdColumn, 900)))));
	}

	@Test
	void twoPinnedBoxesInTheEngineMapKeepTheirHeightAndNothingOverlaps() {
		Diagram free = build(DiagramKind.ENGINE, Map.of());
		Bounds ae = box(free, "AcmeEmea.AE");
		Bounds newArr = box(free, "AcmeEmea.NewARR");
		// AE dragged straight down to y 700, in its column; NewARR dragged down to y 900 in the compensation pillar.
		Diagram pinned = build(DiagramKind.ENGINE, Map.of("AcmeEmea.AE", new Point(ae.x(), 700), "AcmeEmea.NewARR", new Point(newArr.x(), 900)));
		// The pin's y exactly; its x is its column's, which ELK places: AE stays in SDR's column (the same offset from
		// SDR as in the free layout), and the column moves only by what the pillar's other content pushes (10 px here,
		// where the pillar grows around the pinned box).
		assertEquals(700, box(pinned, "AcmeEmea.AE").y());
		double sdrOffset = ae.x() - box(free, "AcmeEmea.SDR").x();
		assertEquals(sdrOffset, box(pinned, "AcmeEmea.AE").x() - box(pinned, "AcmeEmea.SDR").x(), 0.01, "AE stays in SDR's column");
		assertTrue(Math.abs(box(pinned, "AcmeEmea.AE").x() - ae.x()) <= 12, "within a column gap of the pin: " + box(pinned, "AcmeEmea.AE"));
		assertEquals(900, box(pinned, "AcmeEmea.NewARR").y(), 0.01);
		assertEquals(List.of(), LayoutProblems.overlappingNodes(pinned), "no box on another, every box inside its pillar");
		assertEquals(List.of(), LayoutProblems.edgesDetachedFromEnds(pinned));
		DiagramNode structure = pinned.node("pillar-structure").orElseThrow();
		assertTrue(structure.bounds().contains(box(pinned, "AcmeEmea.AE")));
		assertEquals(topLeft(box(pinned, "AcmeEmea.AE")), SvgBoxes.topLeft(SvgWriter.write(pinned), "AcmeEmea.AE"), "the SVG has the box where the layout put it");
	}

	@Test
	void pinsOfElementsTheDiagramDoesNotShowChangeNothing() {
		assertEquals(SvgWriter.write(build(DiagramKind.KPIS, Map.of())),
				SvgWriter.write(build(DiagramKind.KPIS, Map.of("AcmeEmea.Gone", new Point(5, 5), "AcmeEmea.AE", new Point(10, 10)))));
	}

	private Diagram build(DiagramKind kind, Map<String, Point> pins) {
		return Diagrams.build(kind, acme.engine(), acme.findings(), StageVolumes.NONE, ViewSettings.NONE.withRepresentation(kind.cliName()),
				Map.of(), null, pins);
	}

	private static Bounds box(Diagram diagram, String id) {
		return diagram.node(id).orElseThrow().bounds();
	}

	private static Point topLeft(Bounds bounds) {
		return new Point(bounds.x(), bounds.y());
	}

	private static boolean onBorder(Bounds box, Point point) {
		boolean vertical = (Math.abs(point.x() - box.x()) < 1 || Math.abs(point.x() - box.right()) < 1) && point.y() >= box.y() && point.y() <= box.bottom();
		boolean horizontal = (Math.abs(point.y() - box.y()) < 1 || Math.abs(point.y() - box.bottom()) < 1) && point.x() >= box.x() && point.x() <= box.right();
		return vertical || horizontal;
	}
}
