package org.salesengine.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.cli.SalesEngineCli;
import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.testing.CliRun;
import org.salesengine.testing.CommandLine;
import org.salesengine.testing.TestFiles;

/**
 * The diagrams of acme committed to examples/ (shown in the README) are what the current code draws: regenerating
 * them gives the same bytes. When a change to the diagrams is intended, docs/diagrams.md says how to regenerate.
 */
class CommittedExamplesTest {
	private static final CommandLine SALESENGINE = SalesEngineCli::execute;

	@BeforeAll
	static void fontIsInstalled() {
		// Another font measures differently and every box changes size: the files would differ for that reason alone.
		assertTrue(TextMetrics.isThemeFontInstalled(), "DejaVu Sans is not installed: apt-get install -y fontconfig fonts-dejavu-core");
	}

	/** The committed files are what `salesengine render` writes, pipeline volumes from the analysis included. */
	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void committedSvgIsUpToDate(DiagramKind kind, @TempDir Path folder) throws Exception {
		Path committed = TestFiles.example("acme-" + kind.cliName() + ".svg");
		assertTrue(Files.isRegularFile(committed), committed + " is missing");
		CliRun render = SALESENGINE.run("render", TestFiles.example("acme.sales").toString(), "--diagram", kind.cliName(), "-o",
				folder.toString());
		assertEquals(0, render.exitCode(), render::describe);
		String regenerated = Files.readString(folder.resolve("AcmeEmea-" + kind.cliName() + ".svg"));
		assertEquals(TestFiles.read(committed), regenerated,
				committed + " is stale; regenerate it as docs/diagrams.md describes (section 'Examples')");
	}
}
