package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.NodeKind;
import org.salesengine.diagram.model.TextStyle;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Theme;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.dsl.load.LoadedEngines;
import org.salesengine.model.engine.WholeEngine;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

/**
 * Every diagram of acme, broken, the language's rule fixtures and a 300-element engine is readable: no box on a box,
 * no box on text, no line through a box, text inside its box, every edge attached to its ends. Text sizes stay
 * legible.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class LayoutQualityTest {
	private static final int UNITS = 15;

	@Inject
	private EngineLoader loader;

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void acmeIsClean(DiagramKind kind) {
		assertEquals(List.of(), LayoutProblems.all(Examples.load(loader, "acme.sales").diagram(kind)));
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void brokenIsClean(DiagramKind kind) {
		assertEquals(List.of(), LayoutProblems.all(Examples.load(loader, "broken.sales").diagram(kind)));
	}

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void aThreeHundredElementEngineIsClean(DiagramKind kind) {
		Diagram diagram = Diagrams.build(kind, WholeEngine.of(SyntheticEngine.create(UNITS)), List.of());
		assertEquals(List.of(), LayoutProblems.all(diagram));
	}

	/**
	 * The language's rule fixtures, read together as one folder: duplicate names, unresolved references, formula and
	 * reporting cycles, empty processes, engines split over files. Each must still draw, and draw cleanly.
	 */
	@Test
	void everyRuleFixtureDrawsEveryDiagramCleanly() throws Exception {
		LoadedEngines fixtures = loader.load(List.of(TestFiles.root().resolve("bundles/org.salesengine.dsl.tests/fixtures/rules")));
		assertTrue(fixtures.engines().size() >= 40, "fixtures found: " + fixtures.engines().size());
		List<String> problems = new ArrayList<>();
		for (WholeEngine engine : fixtures.engines()) {
			for (DiagramKind kind : DiagramKind.values()) {
				Diagram diagram = Diagrams.build(kind, engine, fixtures.findings());
				LayoutProblems.all(diagram).forEach(problem -> problems.add(diagram.id() + ": " + problem));
				SvgOutputTest.parse(SvgWriter.write(diagram));
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theEngineMapOfTheLargeEngineHasEveryElementAndEveryLink() {
		Diagram map = Diagrams.build(DiagramKind.ENGINE, WholeEngine.of(SyntheticEngine.create(UNITS)), List.of());
		assertEquals(SyntheticEngine.elementCount(UNITS), map.allNodes().stream().filter(n -> n.kind() == NodeKind.ELEMENT).count());
		assertTrue(map.allNodes().size() >= 300);
		// Per unit: 6 supports, 6 owns, 2 formula inputs, 2 staffs, 1 covers, 1 serves, 1 produces, 3 indicators,
		// 3 reinforced-by, 6 reviews, 3 paid-by (2 plans, 1 SPIF), 5 rewards (4 measures, 1 SPIF); and every unit but
		// the first supports the company objective with its first KPI.
		assertEquals(UNITS * (6 + 6 + 2 + 2 + 1 + 1 + 1 + 3 + 3 + 6 + 3 + 5) + UNITS - 1, map.edges().size());
		// Painted at no less than its designed size, so the text stays as legible as in a small diagram.
		BufferedImage image = PngPainter.image(map, Theme.DEFAULT, 1);
		assertEquals(Math.ceil(map.width()), image.getWidth());
	}

	@Test
	void textIsNeverSmallerThanElevenPixelsExceptBadgeNumbers() {
		for (TextStyle style : TextStyle.values()) {
			double size = Theme.DEFAULT.text(style).size();
			assertTrue(style == TextStyle.BADGE ? size >= 10 : size >= 11, style + " is " + size + "px");
		}
	}
}
