package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.paint.PngPainter;
import org.salesengine.diagram.style.Palette;
import org.salesengine.diagram.style.Rgb;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/** The PNG paints the same laid-out model as the SVG: same size (doubled), boxes where the model puts them, in palette colors. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PngOutputTest {
	@Inject
	private EngineLoader loader;

	@Test
	void paintsEachBoxWhereTheModelPutsItInItsPillarColor() throws Exception {
		Diagram map = Examples.load(loader, "acme.sales").diagram(DiagramKind.ENGINE);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(PngPainter.paint(map)));
		assertEquals((int) Math.ceil(map.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(map.height() * 2), image.getHeight());
		assertEquals(Palette.of(EnginePillar.STRATEGY).fill(), pixelNearBottomRight(image, box(map, "AcmeEmea.NewLogos")));
		assertEquals(Palette.of(EnginePillar.STRUCTURE).fill(), pixelNearBottomRight(image, box(map, "AcmeEmea.Manager")));
		assertEquals(Palette.of(EnginePillar.CULTURE).fill(), pixelNearBottomRight(image, box(map, "AcmeEmea.DealReview")));
		assertEquals(Palette.of(EnginePillar.COMPENSATION).fill(), pixelNearBottomRight(image, box(map, "AcmeEmea.AEPlan")));
		// Leading KPIs are white boxes.
		assertEquals(Palette.PAPER, pixelNearBottomRight(image, box(map, "AcmeEmea.Pipeline")));
		assertEquals(Palette.PAPER, rgb(image.getRGB(2, 2)), "the background");
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		Examples broken = Examples.load(loader, "broken.sales");
		assertArrayEquals(PngPainter.paint(broken.diagram(DiagramKind.PAY)), PngPainter.paint(Examples.load(loader, "broken.sales").diagram(DiagramKind.PAY)));
	}

	private static Bounds box(Diagram diagram, String id) {
		return diagram.node(id).orElseThrow().bounds();
	}

	/** Inside the box, clear of its outline, its text (top left) and its badge (top right). */
	private static Rgb pixelNearBottomRight(BufferedImage image, Bounds box) {
		return rgb(image.getRGB((int) Math.round((box.right() - 6) * 2), (int) Math.round((box.bottom() - 5) * 2)));
	}

	private static Rgb rgb(int argb) {
		return new Rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
	}
}
