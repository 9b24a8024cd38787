package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.Point;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.SvgBoxes;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/**
 * The pin file on the command line: {@code render} lays the diagrams out with the boxes where the workbench left
 * them, {@code --no-pins} without; a bad line is a warning; {@code edit} carries the pins along a rename.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class PinsCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final String HEADER = """
			# Manual positions of boxes in the diagrams of engine AcmeEmea: written by the Sales Engine workbench when a box is dragged.
			# Per view, one line per box: its qualified name and the x y of its top-left corner in pixels.
			# 'Arrange all' clears a view; 'salesengine render --no-pins' ignores this file.
			""";

	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;
	private Path acme;
	private Diagram freeKpis;
	/** The x of the KPI tree's third column (formula inputs: DealsWon's), where Pipeline is dropped. */
	private double thirdColumn;

	@BeforeEach
	void copyAcme() throws IOException {
		acme = temp.resolve("acme.sales");
		Files.copy(TestFiles.example("acme.sales"), acme);
		freeKpis = Examples.load(loader, "acme.sales").diagram(DiagramKind.KPIS);
		thirdColumn = freeKpis.node("AcmeEmea.DealsWon").orElseThrow().bounds().x();
	}

	@Test
	void renderDrawsAPinnedBoxAtItsPinAndNoPinsDrawsItWhereElkPutsIt() throws IOException {
		pins("[kpis]\nAcmeEmea.Pipeline " + (long) thirdColumn + " 900\n");
		CliRun pinned = render("--diagram", "kpis", "-o", temp.resolve("pinned").toString());
		assertEquals(0, pinned.exitCode(), pinned.err());
		assertEquals("", pinned.err());
		assertEquals(new Point(thirdColumn, 900), box(temp.resolve("pinned/AcmeEmea-kpis.svg"), "AcmeEmea.Pipeline"));

		CliRun free = render("--diagram", "kpis", "--no-pins", "-o", temp.resolve("free").toString());
		assertEquals(0, free.exitCode(), free.err());
		Bounds elk = freeKpis.node("AcmeEmea.Pipeline").orElseThrow().bounds();
		assertEquals(new Point(elk.x(), elk.y()), box(temp.resolve("free/AcmeEmea-kpis.svg"), "AcmeEmea.Pipeline"));
		assertEquals(SvgWriter.write(freeKpis), Files.readString(temp.resolve("free/AcmeEmea-kpis.svg")));
		assertTrue(SALESENGINE.run("render", "--help").out().contains("--no-pins"));
	}

	@Test
	void pinsOfAnotherViewDoNotMoveTheDiagram() throws IOException {
		pins("[engine]\nAcmeEmea.Pipeline " + (long) thirdColumn + " 900\n");
		render("--diagram", "kpis", "-o", temp.toString());
		assertEquals(SvgWriter.write(freeKpis), Files.readString(temp.resolve("AcmeEmea-kpis.svg")));
	}

	@Test
	void aBadLineOfThePinFileIsAWarningAndTheRestStillCounts() throws IOException {
		pins("[kpis]\nAcmeEmea.Pipeline " + (long) thirdColumn + " 900\nAcmeEmea.WinRate left 10\n");
		CliRun run = render("--diagram", "kpis", "-o", temp.toString());
		assertEquals(0, run.exitCode());
		// Line 7: three header lines, a blank line, the heading, the good pin, then the bad one; 'left' is field 2.
		assertEquals(temp.resolve("acme.pins") + ":7:18: warning: 'left' is not a number: x is in pixels, such as 420 (line ignored)\n", run.err());
		assertEquals(new Point(thirdColumn, 900), box(temp.resolve("AcmeEmea-kpis.svg"), "AcmeEmea.Pipeline"));
	}

	@Test
	void aSavedViewHasPinsOfItsOwn() throws IOException {
		Path northwind = temp.resolve("northwind.sales");
		Files.copy(TestFiles.example("northwind.sales"), northwind);
		CliRun free = SALESENGINE.run("render", northwind.toString(), "--view", "AeLineOfSight", "-o", temp.resolve("free").toString());
		assertEquals(0, free.exitCode(), free.err());
		Point elkPlaced = box(temp.resolve("free/Northwind-AeLineOfSight.svg"), "Northwind.AE");
		// AE dragged about 300 px straight down in the saved view (the workbench pins whole pixels): it keeps its
		// column and lands exactly at the pinned height.
		Point ae = new Point(Math.round(elkPlaced.x()), Math.round(elkPlaced.y()));
		Files.writeString(temp.resolve("northwind.pins"), "[view AeLineOfSight]\nNorthwind.AE " + (long) ae.x() + " " + (long) (ae.y() + 300) + "\n");
		CliRun pinned = SALESENGINE.run("render", northwind.toString(), "--view", "AeLineOfSight", "-o", temp.resolve("pinned").toString());
		assertEquals(0, pinned.exitCode(), pinned.err());
		assertEquals(new Point(ae.x(), ae.y() + 300), box(temp.resolve("pinned/Northwind-AeLineOfSight.svg"), "Northwind.AE"));
		// The engine map of the same engine is not that view: its AE is where ELK puts it.
		SALESENGINE.run("render", northwind.toString(), "--diagram", "engine", "-o", temp.resolve("map").toString());
		SALESENGINE.run("render", northwind.toString(), "--diagram", "engine", "--no-pins", "-o", temp.resolve("map-free").toString());
		assertEquals(Files.readString(temp.resolve("map-free/Northwind-engine.svg")), Files.readString(temp.resolve("map/Northwind-engine.svg")));
	}

	@Test
	void editCarriesThePinsAlongARenameAndTheDryRunShowsIt() throws IOException {
		pins("[engine]\nAcmeEmea.AE 258 700\nAcmeEmea.SDR 245 589\n");
		CliRun dry = SALESENGINE.run("edit", acme.toString(), "rename", "SDR", "DevelopmentRep", "--dry-run");
		assertEquals(0, dry.exitCode(), dry.err());
		Path pinFile = temp.resolve("acme.pins");
		// The pin file's part of the diff, after acme.sales's: the one line of SDR (line 7 of the file), renamed and
		// still sorted after AE, with the three lines before it as context.
		assertTrue(dry.out().contains("--- " + pinFile + "\n+++ " + pinFile + "\n@@ -4,4 +4,4 @@\n \n [engine]\n AcmeEmea.AE 258 700\n"
				+ "-AcmeEmea.SDR 245 589\n+AcmeEmea.DevelopmentRep 245 589\nrenamed role SDR to DevelopmentRep: "), dry.out());
		assertTrue(dry.out().contains("2 files changed (" + acme + ", " + pinFile + ") (dry run: nothing written)"), dry.out());
		assertEquals(HEADER + "\n[engine]\nAcmeEmea.AE 258 700\nAcmeEmea.SDR 245 589\n", Files.readString(pinFile));

		CliRun wet = SALESENGINE.run("edit", acme.toString(), "rename", "SDR", "DevelopmentRep");
		assertEquals(0, wet.exitCode(), wet.err());
		assertEquals(HEADER + "\n[engine]\nAcmeEmea.AE 258 700\nAcmeEmea.DevelopmentRep 245 589\n", Files.readString(pinFile));
	}

	private CliRun render(String... options) {
		String[] args = new String[options.length + 2];
		args[0] = "render";
		args[1] = acme.toString();
		System.arraycopy(options, 0, args, 2, options.length);
		return SALESENGINE.run(args);
	}

	/** A pin file as the workbench writes it: the header, a blank line, then the blocks. */
	private void pins(String blocks) throws IOException {
		Files.writeString(temp.resolve("acme.pins"), HEADER + "\n" + blocks);
	}

	private static Point box(Path svg, String elementId) throws IOException {
		return SvgBoxes.topLeft(Files.readString(svg), elementId);
	}
}
