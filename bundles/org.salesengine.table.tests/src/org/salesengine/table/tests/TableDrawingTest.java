package org.salesengine.table.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.salesengine.dsl.load.EngineLoader;
import org.salesengine.table.Tables;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;
import org.salesengine.table.render.TableDrawing;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.google.inject.Inject;

/** SVG and PNG: well-formed, every label present, model text escaped, element columns upright, findings badged. */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class TableDrawingTest {
	@Inject
	private EngineLoader loader;
	@TempDir
	Path temp;

	@Test
	void everyTableOfBothExamplesIsWellFormedSvgWithEveryLabel() throws Exception {
		for (String example : List.of("acme.sales", "broken.sales")) {
			Examples loaded = Examples.load(loader, example);
			for (TableKind kind : TableKind.values()) {
				Table table = Tables.build(kind, loaded.engine(), loaded.findings());
				List<String> texts = texts(parse(TableDrawing.svg(table)));
				for (TableRow row : table.rows()) {
					assertTrue(texts.contains(row.label()), example + " " + kind.cliName() + ": row " + row.label());
				}
				for (TableColumn column : table.columns()) {
					assertTrue(texts.contains(column.label()), example + " " + kind.cliName() + ": column " + column.label());
				}
				assertTrue(texts.contains(table.title()), table.title());
			}
		}
	}

	@Test
	void elementColumnsStandUprightAndLinksAreDots() throws Exception {
		Examples acme = Examples.load(loader, "acme.sales");
		Table alignment = Tables.build(TableKind.ALIGNMENT, acme.engine(), acme.findings());
		Document svg = parse(TableDrawing.svg(alignment));
		NodeList texts = svg.getElementsByTagName("text");
		int upright = 0;
		for (int i = 0; i < texts.getLength(); i++) {
			Element text = (Element) texts.item(i);
			if (text.getAttribute("transform").startsWith("rotate(-90 ")) {
				upright++;
				assertTrue(acme.engine().kpis().stream().anyMatch(kpi -> kpi.getName().equals(text.getTextContent())), text.getTextContent());
			}
		}
		assertEquals(acme.engine().kpis().size(), upright, "one upright heading per KPI column");
		// A list puts one value on each line: the three rituals reviewing NewLogos's KPIs are three lines.
		List<String> lines = texts(svg);
		for (String ritual : List.of("DealReview", "ForecastCall", "PipelineStandup", "AEPlan 100%", "SDRPlan 100%")) {
			assertTrue(lines.contains(ritual), ritual);
		}
		// NewLogos is supported by 5 KPIs, Expansion by 3: 8 dots.
		assertEquals(8, svg.getElementsByTagName("ellipse").getLength());
		Element cell = byId(svg, "cell-AcmeEmea.NewLogos-AcmeEmea.NewARR");
		assertEquals("AcmeEmea.NewARR", cell.getAttribute("data-element"));
		assertEquals("AcmeEmea.NewLogos", byId(svg, "row-AcmeEmea.NewLogos").getAttribute("data-element"));
	}

	@Test
	void hostileNamesAreEscaped() throws Exception {
		Table roles = Tables.build(TableKind.ROLES, SmallEngines.load(loader, temp, "hostile", SmallEngines.HOSTILE), List.of());
		String svg = TableDrawing.svg(roles);
		assertFalse(svg.contains("<script>"), "markup from the model never reaches the SVG as markup");
		assertTrue(svg.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more"), "escaped, not dropped");
		List<String> texts = texts(parse(svg));
		assertTrue(texts.contains("<script>alert('x')</script> & more"), "and reads back as written");
		assertTrue(texts.contains("Quoting, <Inc> & \"Co\": roles"), "the title too");
		assertTrue(texts.contains("Sales, \"field\""), "a line break in a name starts a new line");
		assertTrue(texts.contains("team"));
	}

	@Test
	void brokenMarksAreBadgesNumberedAndExplainedUnderTheGrid() throws Exception {
		Examples broken = Examples.load(loader, "broken.sales");
		Table alignment = Tables.build(TableKind.ALIGNMENT, broken.engine(), broken.findings());
		Document svg = parse(TableDrawing.svg(alignment));
		// Marked: columns Bookings, Calls, Velocity, WinShare; rows Enterprise, Partners; the paid-by cell of Enterprise.
		Element velocity = byId(svg, "column-Initech.Velocity");
		assertEquals("column compensation error", velocity.getAttribute("class"));
		assertTrue(velocity.getElementsByTagName("title").item(0).getTextContent().contains("[formula-cycle]"));
		assertEquals("row strategy warning", byId(svg, "row-Initech.Partners").getAttribute("class"));
		assertEquals("cell compensation error", byId(svg, "cell-Initech.Enterprise-paid_by").getAttribute("class"));
		List<String> texts = texts(svg);
		assertTrue(texts.contains("Findings"));
		// Badge numbers are the only text in the badge style (10 px bold): 1 to 7, each on the grid and in the notes.
		List<String> badges = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element text = (Element) nodes.item(i);
			if (text.getAttribute("font-size").equals("10")) {
				badges.add(text.getTextContent());
			}
		}
		assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "1", "2", "3", "4", "5", "6", "7"), badges);
		assertTrue(texts.contains("Partners: warning: objective Partners is supported by no KPI [unmeasured-objective]"), texts.toString());
	}

	@Test
	void pngIsTwiceTheDrawingsSize() throws Exception {
		Examples acme = Examples.load(loader, "acme.sales");
		Table accountability = Tables.build(TableKind.ACCOUNTABILITY, acme.engine(), acme.findings());
		TableDrawing drawing = TableDrawing.of(accountability);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(TableDrawing.png(accountability)));
		assertEquals((int) Math.ceil(drawing.width() * 2), image.getWidth());
		assertEquals((int) Math.ceil(drawing.height() * 2), image.getHeight());
		assertEquals(0xffffff, image.getRGB(2, 2) & 0xffffff, "paper-white margin");
		assertEquals(0xffffff, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xffffff, "no seam: the drawing is whole pixels");
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	private static List<String> texts(Document svg) {
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	static Element byId(Document svg, String id) {
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			if (group.getAttribute("id").equals(id)) {
				return group;
			}
		}
		throw new AssertionError("no group " + id);
	}
}
