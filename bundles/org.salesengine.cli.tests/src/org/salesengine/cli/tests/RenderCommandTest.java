package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** {@code salesengine render}: file names, exit codes as for check, errors as one line, files written whole. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class RenderCommandTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	private static CliRun render(String... args) {
		return SALESENGINE.run(Stream.concat(Stream.of("render"), Stream.of(args)).toArray(String[]::new));
	}

	@Test
	void acmeGivesFourSvgFilesNamedByEngineAndDiagramAndExitsZero() throws Exception {
		Path folder = temp.resolve("out");
		CliRun run = render(TestFiles.example("acme.sales").toString(), "-o", folder.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		assertEquals(List.of("AcmeEmea-engine.svg", "AcmeEmea-kpis.svg", "AcmeEmea-pay.svg", "AcmeEmea-pipeline.svg"), files(folder));
		for (DiagramKind kind : DiagramKind.values()) {
			Path file = folder.resolve("AcmeEmea-" + kind.cliName() + ".svg");
			assertTrue(run.out().contains("wrote " + file), run.out());
			if (kind == DiagramKind.PIPELINE) {
				// The command feeds the analysis's back-solved volumes to the pipeline: 3,703.70 deals must enter Lead, shown rounded for people as 3,704.
				assertTrue(Files.readString(file).contains(">volume 3,704<"), "pipeline shows stage volumes");
				assertTrue(Files.readString(file).contains(">volume 370<"), "pipeline shows stage volumes");
			} else {
				assertEquals(SvgWriter.write(Examples.load(loader, "acme.sales").diagram(kind)), Files.readString(file));
			}
		}
	}

	@Test
	void aDesignWithErrorsIsStillDrawnAndExitsOne() throws Exception {
		CliRun run = render(TestFiles.example("broken.sales").toString(), "--diagram", "pay", "--format", "png", "-o", temp.toString());
		assertEquals(1, run.exitCode());
		assertEquals(List.of("Initech-pay.png"), files(temp));
		byte[] png = Files.readAllBytes(temp.resolve("Initech-pay.png"));
		assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png, 8));
		assertEquals("salesengine: the design has 9 errors, marked in the diagrams (run 'salesengine check' for the list)\n", run.err());
	}

	@Test
	void severalEnginesGiveFilesForEach() throws Exception {
		CliRun run = render(TestFiles.example("acme.sales").toString(), TestFiles.example("broken.sales").toString(), "--diagram", "kpis", "-o", temp.toString());
		assertEquals(1, run.exitCode());
		assertEquals(List.of("AcmeEmea-kpis.svg", "Initech-kpis.svg"), files(temp));
	}

	@Test
	void aMissingOutputFolderIsCreated() {
		Path nested = temp.resolve("a/b/c");
		CliRun run = render(TestFiles.example("acme.sales").toString(), "--diagram", "engine", "-o", nested.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(Files.isRegularFile(nested.resolve("AcmeEmea-engine.svg")));
	}

	@Test
	void anOutputThatCannotBeAFolderIsOneLineAndExitTwo() throws Exception {
		Path file = Files.writeString(temp.resolve("taken"), "a file");
		for (Path output : List.of(file, file.resolve("below"))) {
			CliRun run = render(TestFiles.example("acme.sales").toString(), "-o", output.toString());
			assertEquals(2, run.exitCode());
			assertTrue(run.err().startsWith("salesengine: " + output + ": "), run.err());
			assertEquals(1, run.err().lines().count(), run.err());
			assertFalse(run.err().contains("Exception"), run.err());
		}
		assertEquals(List.of("taken"), files(temp));
	}

	@Test
	void usageProblemsExitTwo() {
		CliRun unknownDiagram = render(TestFiles.example("acme.sales").toString(), "--diagram", "org-chart", "-o", temp.toString());
		assertEquals(2, unknownDiagram.exitCode());
		assertTrue(unknownDiagram.err().contains("engine, pipeline, kpis, pay, all"), unknownDiagram.err());
		CliRun missingFile = render(temp.resolve("nothing.sales").toString(), "-o", temp.toString());
		assertEquals(2, missingFile.exitCode());
		assertEquals("salesengine: " + temp.resolve("nothing.sales") + ": no such file or folder\n", missingFile.err());
		CliRun noOutput = render(TestFiles.example("acme.sales").toString());
		assertEquals(2, noOutput.exitCode());
	}

	@Test
	void aScenarioIsDrawnWithTheElementsItChangesMarked() throws Exception {
		Path folder = temp.resolve("scenario");
		CliRun run = render(TestFiles.example("northwind.sales").toString(), "--diagram", "pay", "--scenario", "MoreBdrs", "-o", folder.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(List.of("Northwind-pay-MoreBdrs.svg"), files(folder));
		String svg = Files.readString(folder.resolve("Northwind-pay-MoreBdrs.svg"));
		// MoreBdrs sets BDR.headcount 14 and BDRPlan.Meetings.quota 240: exactly those two boxes are marked.
		assertEquals(Set.of("Northwind.BDR", "Northwind.BDRPlan.Meetings"), changedElements(svg));
		// The boxes show the scenario's values, and what they were.
		assertTrue(svg.contains(">role · headcount 14<"), svg);
		assertTrue(svg.contains(">Δ headcount 12 → 14<"), svg);
		assertTrue(svg.contains(">Δ quota 260 → 240<"), svg);
		assertTrue(svg.contains(">Scenario MoreBdrs: 2 elements changed (Δ: from the engine as written to the scenario)<"), svg);
		assertTrue(svg.contains(" · scenario MoreBdrs<"), "the subtitle names the scenario");

		// One change, in a stage: the engine map has no stage boxes, the pipeline marks the stage.
		CliRun pipeline = render(TestFiles.example("northwind.sales").toString(), "--diagram", "pipeline", "--scenario", "BetterDiscovery",
				"-o", folder.toString());
		assertEquals(0, pipeline.exitCode(), pipeline.err());
		assertEquals(Set.of("Northwind.Discovery"), changedElements(Files.readString(folder.resolve("Northwind-pipeline-BetterDiscovery.svg"))));

		// The engine map draws no measures: the quota is marked on its plan, with the measure's name.
		CliRun map = render(TestFiles.example("northwind.sales").toString(), "--diagram", "engine", "--scenario", "MoreBdrs", "-o", folder.toString());
		assertEquals(0, map.exitCode(), map.err());
		String mapSvg = Files.readString(folder.resolve("Northwind-engine-MoreBdrs.svg"));
		assertEquals(Set.of("Northwind.BDR", "Northwind.BDRPlan"), changedElements(mapSvg));
		assertTrue(mapSvg.contains(">Δ Meetings.quota 260 → 240<"), mapSvg);
		// A table drawn by render marks its changed cells too.
		CliRun roles = render(TestFiles.example("northwind.sales").toString(), "--diagram", "roles", "--scenario", "MoreBdrs", "-o", folder.toString());
		assertEquals(0, roles.exitCode(), roles.err());
		assertTrue(Files.readString(folder.resolve("Northwind-roles-MoreBdrs.svg")).contains(">Scenario MoreBdrs: 1 cell changed"));
	}

	@Test
	void anUnknownScenarioIsAOneLineUsageError() {
		CliRun run = render(TestFiles.example("northwind.sales").toString(), "--scenario", "MoreBDRs", "-o", temp.toString());
		assertEquals(2, run.exitCode());
		assertEquals("salesengine: no scenario 'MoreBDRs' (did you mean 'MoreBdrs'?); the scenarios are base, LowerAttrition, MoreBdrs,"
				+ " BetterDiscovery\n", run.err());
		assertEquals(List.of(), List.of(temp.toFile().list()).stream().filter(n -> n.endsWith(".svg")).toList());
	}

	/** The elements whose boxes carry the scenario's mark. */
	static Set<String> changedElements(String svg) {
		Matcher group = Pattern.compile("<g id=\"[^\"]*\" class=\"([^\"]*)\" data-element=\"([^\"]*)\"").matcher(svg);
		Set<String> changed = new TreeSet<>();
		while (group.find()) {
			if (List.of(group.group(1).split(" ")).contains("changed")) {
				changed.add(group.group(2));
			}
		}
		return changed;
	}

	private static List<String> files(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
