package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.pins.PinFile;
import org.salesengine.diagram.pins.PinFileFormat;
import org.salesengine.diagram.pins.PinFiles;
import org.salesengine.diagram.pins.PinProblem;
import org.salesengine.diagram.view.ViewSettings;

/** The pin file: its exact text, reading it back, what a bad line says, and where the file lives. */
class PinFileTest {
	private static final String HEADER = """
			# Manual positions of boxes in the diagrams of engine AcmeEmea: written by the Sales Engine workbench when a box is dragged.
			# Per view, one line per box: its qualified name and the x y of its top-left corner in pixels.
			# 'Arrange all' clears a view; 'salesengine render --no-pins' ignores this file.
			""";

	@Test
	void writesSortedBlocksOfSortedLinesAndReadsThemBack() {
		PinFile pins = PinFile.EMPTY
				.with("view Leaders", "AcmeEmea.AE", new Point(300, 90))
				.with("engine", "AcmeEmea.SDR", new Point(100, 60.5))
				.with("engine", "AcmeEmea.AE", new Point(420, 180))
				.with("engine", "AcmeEmea.AE", new Point(421, 181));
		String text = PinFileFormat.write(pins, "AcmeEmea");
		// Views in name order ("engine" before "view Leaders"), ids in order, a later pin replacing an earlier one,
		// whole pixels without a decimal point.
		assertEquals(HEADER + """

				[engine]
				AcmeEmea.AE 421 181
				AcmeEmea.SDR 100 60.5

				[view Leaders]
				AcmeEmea.AE 300 90
				""", text);
		PinFileFormat.Read read = PinFileFormat.read(text, "acme.pins");
		assertEquals(List.of(), read.problems());
		assertEquals(pins, read.pins());
		assertEquals(text, PinFileFormat.write(read.pins(), "AcmeEmea"));
	}

	@Test
	void aBadLineIsAWarningWithItsPlaceAndTheOtherLinesStillCount() {
		String text = """
				# pins
				AcmeEmea.AE 1 2
				[engine]
				  AcmeEmea.SDR 100 sixty
				AcmeEmea.AE 420 180
				AcmeEmea.AE 10 10
				AcmeEmea.AM 1
				9lives 3 4
				[pipline]
				AcmeEmea.Lead 5 5
				[view Leaders]
				AcmeEmea.Manager -12 40
				""";
		PinFileFormat.Read read = PinFileFormat.read(text, "examples/acme.pins");
		assertEquals(List.of(
				"examples/acme.pins:2:1: warning: pin of AcmeEmea.AE before any view heading: put it under [engine], [pipeline], [kpis], [pay] or [view NAME] (line ignored)",
				"examples/acme.pins:4:20: warning: 'sixty' is not a number: y is in pixels, such as 420 (line ignored)",
				"examples/acme.pins:6:1: warning: AcmeEmea.AE is pinned twice in [engine]: the pin of line 5 is kept (line ignored)",
				"examples/acme.pins:7:1: warning: a pin is a qualified name and two numbers, x and y ('AcmeEmea.AE 420 180'), not 'AcmeEmea.AM 1' (line ignored)",
				"examples/acme.pins:8:1: warning: '9lives' is not a qualified name such as AcmeEmea.AE (line ignored)",
				"examples/acme.pins:9:1: warning: '[pipline]' is not a view heading: write [engine], [pipeline], [kpis], [pay] or [view NAME] (line ignored)"),
				read.problems().stream().map(PinProblem::toString).toList());
		// The pin under the bad heading belongs to no view; the good lines are read.
		assertEquals(Map.of("AcmeEmea.AE", new Point(420, 180)), read.pins().pins("engine"));
		assertEquals(Map.of("AcmeEmea.Manager", new Point(-12, 40)), read.pins().pins("view Leaders"));
		assertEquals(List.of("engine", "view Leaders"), List.copyOf(read.pins().views()));
	}

	@Test
	void renamingMovesPinsAndAGoneElementLosesThem() {
		PinFile pins = PinFile.EMPTY.with("engine", "AcmeEmea.AE", new Point(1, 2)).with("kpis", "AcmeEmea.AE", new Point(3, 4))
				.with("kpis", "AcmeEmea.SDR", new Point(5, 6));
		PinFile after = pins.renamed(id -> switch (id) {
			case "AcmeEmea.AE" -> "AcmeEmea.AccountExecutive";
			case "AcmeEmea.SDR" -> null;
			default -> id;
		});
		assertEquals(PinFile.EMPTY.with("engine", "AcmeEmea.AccountExecutive", new Point(1, 2))
				.with("kpis", "AcmeEmea.AccountExecutive", new Point(3, 4)), after);
		assertTrue(after.cleared("engine").cleared("kpis").isEmpty());
	}

	@Test
	void aViewIsNamedByItsDiagramOrItsSavedName() {
		assertEquals("engine", PinFile.viewOf(ViewSettings.NONE));
		assertEquals("kpis", PinFile.viewOf(ViewSettings.NONE.withRepresentation("kpis")));
		assertEquals("view Leaders", PinFile.viewOf(ViewSettings.NONE.named("Leaders", "For the leaders")));
	}

	@Test
	void theFileLivesBesideTheEnginesFirstFileAndIsWrittenAtomically(@TempDir Path folder) throws Exception {
		Path sales = folder.resolve("acme.sales");
		Path pinFile = PinFiles.besides(URI.createFileURI(sales.toString())).orElseThrow();
		assertEquals(folder.resolve("acme.pins"), pinFile);
		assertEquals(List.of(), PinFiles.read(pinFile).problems(), "no file, no pins");
		PinFiles.write(pinFile, PinFile.EMPTY, "AcmeEmea");
		assertTrue(!Files.exists(pinFile), "an engine that never had pins gets no file");
		PinFile pins = PinFile.EMPTY.with("engine", "AcmeEmea.AE", new Point(420, 180));
		PinFiles.write(pinFile, pins, "AcmeEmea");
		assertEquals(pins, PinFiles.read(pinFile).pins());
		try (var entries = Files.list(folder)) {
			assertEquals(List.of("acme.pins"), entries.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
		}
		Files.write(pinFile, new byte[] { (byte) 0xff, 0x00 });
		assertEquals(List.of(pinFile + ":1:1: warning: the pin file is not UTF-8 text: the diagrams are drawn without pins"),
				PinFiles.read(pinFile).problems().stream().map(PinProblem::toString).toList());
	}
}
