package org.salesengine.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.diagram.model.Point;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.report.sections.Chapter;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.SvgBoxes;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * The report's pictures are the workbench's: a box dragged in the engine map (a line of the pin file beside the
 * engine) is drawn where it was dropped in the report's engine map too, and a bad line of that file changes nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ReportPinsTest {
	@Inject
	private EngineLoader loader;

	@Test
	void theEngineMapShowsADraggedBoxWhereItWasDropped(@TempDir Path folder) throws Exception {
		Path acme = folder.resolve("acme.sales");
		Files.writeString(acme, TestFiles.exampleText("acme.sales"));
		Point free = engineMapBox(acme);
		assertTrue(free.y() < 650, "AE starts above the height it is dragged to: " + free);

		// AE dragged straight down to y 700 in the workbench (the pin file's format: docs/editing.md).
		Files.writeString(folder.resolve("acme.pins"), "[engine]\nAcmeEmea.AE " + Math.round(free.x()) + " 700\n");
		Point pinned = engineMapBox(acme);
		assertEquals(700, pinned.y(), 0.01, "the report's engine map has AE at the pin's height");
		assertTrue(Math.abs(pinned.x() - free.x()) <= 12, "in its column: " + pinned + " from " + free);

		Files.writeString(folder.resolve("acme.pins"), "[engine]\nAcmeEmea.AE left 700\n");
		assertEquals(free, engineMapBox(acme), "a bad line is left out: the map is laid out as without pins");
	}

	private Point engineMapBox(Path file) {
		String connections = Reports.chapter(Reports.html(Reports.input(loader, file)), Chapter.CONNECTIONS);
		return SvgBoxes.topLeft(connections, "AcmeEmea.AE");
	}
}
