package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.salesengine.testing.TestFiles;

import com.google.inject.Inject;

/** docs/views.md documents every table and every column the code writes, and shows the two committed pictures. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class ViewsDocTest {
	private final String doc = TestFiles.read(TestFiles.root().resolve("docs/views.md"));

	@Inject
	private EngineLoader loader;

	@Test
	void everyTableAndColumnIsDocumented() {
		Examples acme = Examples.load(loader, "acme.sales");
		for (TableKind kind : TableKind.values()) {
			assertTrue(doc.contains("### `" + kind.cliName() + "`"), "a section for " + kind.cliName());
			assertTrue(doc.contains("| `" + kind.cliName() + "` | " + (kind.cross() ? "cross" : "edition") + " | " + kind.rowHeading() + " |"),
					"the overview row of " + kind.cliName());
			Table table = Tables.build(kind, acme.engine(), acme.findings());
			for (TableColumn column : table.columns()) {
				if (!column.standsForElement()) {
					assertTrue(doc.contains("| " + column.label() + " |"), kind.cliName() + ": column " + column.label());
				}
			}
		}
	}

	/**
	 * The committed pictures are shown and are of the current layout: their size is what the code draws today
	 * (pixels may differ with the JDK's antialiasing, sizes may not). Regenerate them with
	 * {@code ./salesengine table examples/acme.sales --table alignment --format png -o docs/acme-alignment.png}.
	 */
	@Test
	void thePicturesAreCommittedShownAndCurrent() throws Exception {
		Examples acme = Examples.load(loader, "acme.sales");
		for (TableKind kind : new TableKind[] { TableKind.ALIGNMENT, TableKind.ACCOUNTABILITY }) {
			String picture = "acme-" + kind.cliName() + ".png";
			assertTrue(doc.contains("](" + picture + ")"), picture);
			Path file = TestFiles.root().resolve("docs").resolve(picture);
			assertTrue(Files.isRegularFile(file), picture);
			BufferedImage committed = ImageIO.read(file.toFile());
			TableDrawing drawing = TableDrawing.of(Tables.build(kind, acme.engine(), acme.findings()));
			assertEquals((int) Math.ceil(drawing.width() * 2), committed.getWidth(), picture + " is stale");
			assertEquals((int) Math.ceil(drawing.height() * 2), committed.getHeight(), picture + " is stale");
		}
	}
}
