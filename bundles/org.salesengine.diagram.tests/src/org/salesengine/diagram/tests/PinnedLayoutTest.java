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
 * Layout with pinned boxes on acme: a pinned box ends exactly where it was pinned, in the diagram and in the SVG; ELK
 * lays the others out around it, its edges end on its border and stay orthogonal, its pillar and the canvas hold it.
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
	void twoPinnedBoxesInTheEngineMapLandAtTheirPinsAndNothingOverlaps() {
		Diagram free = build(DiagramKind.ENGINE, Map.of());
		Bounds ae = box(free, "AcmeEmea.AE");
		// As in the workbench: AE dragged straight down to y 700 on the free map; then, on the map as it is drawn with
		// AE there, NewARR dragged down to y 900 in the compensation pillar.
		Diagram first = build(DiagramKind.ENGINE, Map.of("AcmeEmea.AE", new Point(ae.x(), 700)));
		assertEquals(new Point(ae.x(), 700), topLeft(box(first, "AcmeEmea.AE")));
		Bounds newArr = box(first, "AcmeEmea.NewARR");
		Diagram pinned = build(DiagramKind.ENGINE, Map.of("AcmeEmea.AE", new Point(ae.x(), 700), "AcmeEmea.NewARR", new Point(newArr.x(), 900)));
		// Both exactly at their pins, in x and y: ELK lays the others out around them.
		assertEquals(new Point(ae.x(), 700), topLeft(box(pinned, "AcmeEmea.AE")));
		assertEquals(new Point(newArr.x(), 900), topLeft(box(pinned, "AcmeEmea.NewARR")));
		// The pillars stay at the height the free layout gave them (only their width follows ELK's interactive run).
		for (String pillar : List.of("pillar-strategy", "pillar-structure", "pillar-culture", "pillar-compensation")) {
			assertEquals(box(free, pillar).y(), box(pinned, pillar).y(), 0.01, pillar);
		}
		assertEquals(List.of(), LayoutProblems.overlappingNodes(pinned), "no box on another, every box inside its pillar");
		assertEquals(List.of(), LayoutProblems.edgesDetachedFromEnds(pinned));
		DiagramNode structure = pinned.node("pillar-structure").orElseThrow();
		assertTrue(structure.bounds().contains(box(pinned, "AcmeEmea.AE")));
		assertEquals(topLeft(box(pinned, "AcmeEmea.AE")), SvgBoxes.topLeft(SvgWriter.write(pinned), "AcmeEmea.AE"), "the SVG has the box where the layout put it");
	}

	@Test
	void aBoxPinnedBesideItsFreePlaceLandsExactlyAtItsPinWithItsEdgesOnItsBorder() {
		for (DiagramKind kind : List.of(DiagramKind.ENGINE, DiagramKind.KPIS)) {
			String id = kind == DiagramKind.ENGINE ? "AcmeEmea.AE" : "AcmeEmea.Pipeline";
			Bounds free = box(build(kind, Map.of()), id);
			// 40 px right and 90 px below where ELK puts it: ELK keeps it in its column (40 px to the left of the pin),
			// the placement moves it the rest of the way.
			Point pin = new Point(free.x() + 40, free.y() + 90);
			Diagram pinned = build(kind, Map.of(id, pin));
			Bounds landed = box(pinned, id);
			assertEquals(pin, topLeft(landed), kind + ": the box is exactly at its pin");
			assertEquals(pin, SvgBoxes.topLeft(SvgWriter.write(pinned), id), kind + ": and so it is in the SVG");
			assertEdgesOnItsBorderAndOrthogonal(pinned, id);
			assertEquals(List.of(), LayoutProblems.edgesDetachedFromEnds(pinned), kind.toString());
			// ELK laid the box out wider, so that no lane of another edge runs where it is moved to.
			assertEquals(List.of(), LayoutProblems.edgesThroughNodes(pinned).stream().filter(problem -> problem.endsWith(" " + id)).toList(),
					kind.toString());
			assertEquals(List.of(), LayoutProblems.outsideCanvas(pinned), kind.toString());
			assertEquals(List.of(), LayoutProblems.overlappingNodes(pinned), kind.toString());
		}
	}

	@Test
	void aBoxDroppedFarSidewaysKeepsItsEdgesOnItsBorderAndOrthogonal() {
		for (DiagramKind kind : List.of(DiagramKind.ENGINE, DiagramKind.KPIS)) {
			String id = kind == DiagramKind.ENGINE ? "AcmeEmea.AE" : "AcmeEmea.Pipeline";
			Bounds free = box(build(kind, Map.of()), id);
			// 150 px right and 30 px down: more than half the box away from its column's centre, so the box is not laid
			// out wider; its edges leave it with a stub and step onto ELK's route, or take the lane moved out.
			Point pin = new Point(free.x() + 150, free.y() + 30);
			Diagram pinned = build(kind, Map.of(id, pin));
			assertEquals(pin, topLeft(box(pinned, id)), kind.toString());
			assertEdgesOnItsBorderAndOrthogonal(pinned, id);
			assertEquals(List.of(), LayoutProblems.edgesDetachedFromEnds(pinned), kind.toString());
			assertEquals(List.of(), LayoutProblems.outsideCanvas(pinned), kind.toString());
		}
	}

	@Test
	void aPinOverACompartmentsEdgeGrowsTheCompartmentAndAPinBelowEverythingGrowsTheCanvas() {
		Diagram free = build(DiagramKind.ENGINE, Map.of());
		Bounds structure = box(free, "pillar-structure");
		Bounds ae = box(free, "AcmeEmea.AE");
		// AE dropped half out over the structure pillar's right edge, at its own height.
		Point over = new Point(structure.right() - ae.width() / 2, ae.y());
		Diagram pinned = build(DiagramKind.ENGINE, Map.of("AcmeEmea.AE", over));
		Bounds grown = box(pinned, "pillar-structure");
		assertEquals(over, topLeft(box(pinned, "AcmeEmea.AE")));
		assertTrue(grown.contains(box(pinned, "AcmeEmea.AE")), "the pillar holds the box: " + grown);
		// The pillar's right edge: the box's right edge plus the pillar's padding (NodeContents.COMPARTMENT_PADDING, 16).
		assertEquals(over.x() + ae.width() + 16, grown.right(), 0.01);
		assertEquals(structure.x(), grown.x(), "it grows to the right only");
		assertEquals(List.of(), LayoutProblems.outsideCanvas(pinned));

		// Dropped far below the diagram: the canvas, and the SVG's page, reach down to it, the legend under it.
		Point low = new Point(ae.x(), free.height() + 300);
		Diagram deep = build(DiagramKind.ENGINE, Map.of("AcmeEmea.AE", low));
		Bounds dropped = box(deep, "AcmeEmea.AE");
		assertEquals(low, topLeft(dropped));
		assertTrue(box(deep, "pillar-structure").contains(dropped));
		assertEquals(List.of(), LayoutProblems.outsideCanvas(deep));
		assertTrue(deep.legend().stream().allMatch(entry -> entry.label().bounds().y() > dropped.bottom()), "the legend is under the box");
		java.util.regex.Matcher viewBox = java.util.regex.Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"").matcher(SvgWriter.write(deep));
		assertTrue(viewBox.find());
		assertEquals(deep.height(), Double.parseDouble(viewBox.group(2)), "the SVG's view is the whole canvas");
		assertTrue(deep.height() >= dropped.bottom() + 24, "the canvas holds the box and its margin: " + deep.height() + " for " + dropped);
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

	private static void assertEdgesOnItsBorderAndOrthogonal(Diagram pinned, String id) {
		Bounds landed = box(pinned, id);
		List<DiagramEdge> incident = pinned.edges().stream().filter(e -> e.sourceId().equals(id) || e.targetId().equals(id)).toList();
		assertTrue(!incident.isEmpty(), id + " has edges");
		for (DiagramEdge edge : incident) {
			Point end = edge.sourceId().equals(id) ? edge.route().get(0) : edge.route().get(edge.route().size() - 1);
			assertTrue(onBorder(landed, end), pinned.kind() + ": " + edge.id() + " ends on the box's border: " + end + " vs " + landed);
			assertEquals(List.of(), bends(edge), pinned.kind() + ": " + edge.id() + " stays orthogonal");
		}
	}

	/** The corners of the route that are not right angles: none in an orthogonal route. */
	private static List<String> bends(DiagramEdge edge) {
		List<String> slanted = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < edge.route().size(); i++) {
			Point a = edge.route().get(i);
			Point b = edge.route().get(i + 1);
			if (Math.abs(a.x() - b.x()) > 0.01 && Math.abs(a.y() - b.y()) > 0.01) {
				slanted.add(a + " to " + b);
			}
		}
		return slanted;
	}

	private static boolean onBorder(Bounds box, Point point) {
		boolean vertical = (Math.abs(point.x() - box.x()) < 1 || Math.abs(point.x() - box.right()) < 1) && point.y() >= box.y() && point.y() <= box.bottom();
		boolean horizontal = (Math.abs(point.y() - box.y()) < 1 || Math.abs(point.y() - box.bottom()) < 1) && point.x() >= box.x() && point.x() <= box.right();
		return vertical || horizontal;
	}
}
