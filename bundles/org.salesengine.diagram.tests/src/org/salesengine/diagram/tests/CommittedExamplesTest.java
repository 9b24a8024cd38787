package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.diagram.layout.TextMetrics;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.dsl.load.EngineLoader;

import com.google.inject.Inject;

/**
 * The diagrams of acme committed to examples/ (shown in the README) are what the current code draws: regenerating
 * them gives the same bytes. When a change to the diagrams is intended, docs/diagrams.md says how to regenerate.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(DiagramInjectorProvider.class)
class CommittedExamplesTest {
	@Inject
	private EngineLoader loader;

	@BeforeAll
	static void fontIsInstalled() {
		// Another font measures differently and every box changes size: the files would differ for that reason alone.
		assertTrue(TextMetrics.isThemeFontInstalled(), "DejaVu Sans is not installed: apt-get install -y fontconfig fonts-dejavu-core");
	}

	/** The committed files are what `salesengine render` writes, pipeline volumes from the analysis included. */
	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void committedSvgIsUpToDate(DiagramKind kind, @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		Path committed = TestFiles.example("acme-" + kind.cliName() + ".svg");
		assertTrue(Files.isRegularFile(committed), committed + " is missing");
		java.io.StringWriter ignored = new java.io.StringWriter();
		int exit = org.salesengine.cli.SalesEngineCli.execute(new String[] { "render", TestFiles.example("acme.sales").toString(),
				"--diagram", kind.cliName(), "-o", folder.toString() }, new java.io.PrintWriter(ignored), new java.io.PrintWriter(ignored));
		assertEquals(0, exit, ignored.toString());
		String regenerated = Files.readString(folder.resolve("AcmeEmea-" + kind.cliName() + ".svg"));
		assertEquals(TestFiles.read(committed), regenerated,
				committed + " is stale; regenerate it as docs/diagrams.md describes (section 'Examples')");
	}
}
