package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.LinkKind;
import org.salesengine.diagram.style.Palette;
import org.salesengine.testing.TestFiles;

/** docs/diagrams.md documents the palette as the code has it, every diagram and every kind of link. */
class DiagramsDocTest {
	private final String doc = TestFiles.read(TestFiles.root().resolve("docs/diagrams.md"));

	@Test
	void paletteTableMatchesTheCode() {
		assertTrue(doc.contains(Palette.markdownTable()), "docs/diagrams.md must contain this table verbatim:\n" + Palette.markdownTable());
	}

	@Test
	void everyDiagramAndLinkKindIsDescribed() {
		for (DiagramKind kind : DiagramKind.values()) {
			assertTrue(doc.contains("`" + kind.cliName() + "`"), kind.cliName());
			assertTrue(doc.contains("examples/acme-" + kind.cliName() + ".svg"), "the example picture of " + kind.cliName());
		}
		for (LinkKind kind : LinkKind.values()) {
			assertTrue(doc.contains("| " + kind.label() + " |"), "link kind " + kind.label());
		}
	}
}
