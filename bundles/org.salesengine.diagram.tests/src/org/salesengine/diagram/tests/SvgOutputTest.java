package org.salesengine.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramEdge;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.diagram.style.Palette;
import org.salesengine.dsl.load.EngineLoader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.inject.Inject;
import org.salesengine.testing.Examples;
import org.salesengine.testing.LanguageInjectorProvider;

/**
 * The SVG is well-formed and self-contained, every node and edge is a group whose id is its model id, colors come
 * from the palette, broken links are dashed red, and the same model gives the same bytes.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(LanguageInjectorProvider.class)
class SvgOutputTest {
	@Inject
	private EngineLoader loader;

	@ParameterizedTest
	@EnumSource(DiagramKind.class)
	void isWellFormedSelfContainedAndCarriesEveryIdOfTheModel(DiagramKind kind) throws Exception {
		for (String example : List.of("acme.sales", "broken.sales")) {
			Diagram diagram = Examples.load(loader, example).diagram(kind);
			String svg = SvgWriter.write(diagram);
			Document document = parse(svg);
			Element root = document.getDocumentElement();
			assertEquals("svg", root.getTagName());
			assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
			assertEquals("DejaVu Sans, Arial, sans-serif", root.getAttribute("font-family"));
			assertEquals(diagram.id(), root.getAttribute("id"));
			Map<String, Element> groups = groupsById(document);
			for (DiagramNode node : diagram.allNodes()) {
				Element group = groups.get(node.id());
				assertNotNull(group, node.id() + " in " + example);
				if (!node.elementId().isEmpty()) {
					assertEquals(node.elementId(), group.getAttribute("data-element"));
				}
			}
			for (DiagramEdge edge : diagram.edges()) {
				assertNotNull(groups.get(edge.id()), edge.id());
				assertTrue(groups.get(edge.id()).getAttribute("class").startsWith("edge " + edge.kind().styleClass()));
			}
			// Nothing outside the file: no links, no images, no web fonts.
			for (String reference : List.of("href", "url(", "@import", "<image", "@font-face")) {
				assertFalse(svg.contains(reference), example + " " + kind + " refers outside itself: " + reference);
			}
			assertEquals(1, svg.split("http", -1).length - 1, "the only URI is the SVG namespace");
		}
	}

	@Test
	void idsAreUniqueAndElementsUseTheirPillarColors() throws Exception {
		Document document = parse(SvgWriter.write(Examples.load(loader, "acme.sales").diagram(DiagramKind.ENGINE)));
		NodeList all = document.getElementsByTagName("*");
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < all.getLength(); i++) {
			String id = ((Element) all.item(i)).getAttribute("id");
			if (!id.isEmpty()) {
				assertTrue(ids.add(id), "duplicate id " + id);
			}
		}
		Map<String, Element> groups = groupsById(document);
		assertEquals(Palette.of(EnginePillar.STRATEGY).fill().hex(), box(groups.get("AcmeEmea.NewLogos")).getAttribute("fill"));
		assertEquals(Palette.of(EnginePillar.STRATEGY).strong().hex(), box(groups.get("AcmeEmea.NewLogos")).getAttribute("stroke"));
		assertEquals(Palette.of(EnginePillar.STRUCTURE).fill().hex(), box(groups.get("AcmeEmea.AE")).getAttribute("fill"));
		assertEquals(Palette.of(EnginePillar.CULTURE).fill().hex(), box(groups.get("AcmeEmea.DealReview")).getAttribute("fill"));
		assertEquals(Palette.of(EnginePillar.COMPENSATION).fill().hex(), box(groups.get("AcmeEmea.AEPlan")).getAttribute("fill"));
		assertEquals(Palette.of(EnginePillar.COMPENSATION).wash().hex(), box(groups.get("pillar-compensation")).getAttribute("fill"));
		Element supports = line(groups.get("supports-AcmeEmea.NewARR-AcmeEmea.NewLogos"));
		assertEquals(Palette.of(EnginePillar.STRATEGY).strong().hex(), supports.getAttribute("stroke"));
		assertEquals("", supports.getAttribute("stroke-dasharray"));
	}

	@Test
	void brokenMarksMissingLinksDashedRedAndDecoratedBoxesWithBadges() throws Exception {
		Document document = parse(SvgWriter.write(Examples.load(loader, "broken.sales").diagram(DiagramKind.ENGINE)));
		Map<String, Element> groups = groupsById(document);
		for (String id : List.of("missing-supports-missing-kpi-for-Initech.Partners-Initech.Partners",
				"missing-paid-by-Initech.CSM-missing-plan-for-Initech.CSM",
				"missing-supports-Initech.Velocity-missing-objective-for-Initech.Velocity")) {
			Element group = groups.get(id);
			assertTrue(group.getAttribute("class").endsWith(" missing"), id);
			Element line = line(group);
			assertEquals(Palette.ERROR.hex(), line.getAttribute("stroke"), id);
			assertFalse(line.getAttribute("stroke-dasharray").isEmpty(), id + " is dashed");
		}
		Element csm = groups.get("Initech.CSM");
		assertEquals("node structure role error", csm.getAttribute("class"));
		assertEquals(Palette.ERROR.hex(), box(csm).getAttribute("stroke"));
		assertTrue(firstChild(csm, "title").getTextContent().contains("role CSM carries quota but no plan pays it [quota-role-without-plan]"));
		assertEquals(1, csm.getElementsByTagName("ellipse").getLength(), "an error badge is round");
		Element partners = groups.get("Initech.Partners");
		assertEquals("node strategy objective warning", partners.getAttribute("class"));
		assertEquals(Palette.WARNING.hex(), box(partners).getAttribute("stroke"));
		assertEquals(2, partners.getElementsByTagName("rect").getLength(), "the box and a square warning badge");
		assertEquals("node structure role", groups.get("Initech.AE").getAttribute("class"));
	}

	@Test
	void theSameModelGivesTheSameBytes() {
		for (DiagramKind kind : DiagramKind.values()) {
			Examples broken = Examples.load(loader, "broken.sales");
			String first = SvgWriter.write(broken.diagram(kind));
			String second = SvgWriter.write(Examples.load(loader, "broken.sales").diagram(kind));
			assertEquals(first, second, kind.cliName());
			assertFalse(first.matches("(?s).*\\d\\.\\d{3,}.*"), "numbers have at most two decimals");
		}
	}

	static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		// An SVG must parse without fetching anything: no DTD, no external entities.
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	static Map<String, Element> groupsById(Document document) {
		Map<String, Element> groups = new HashMap<>();
		NodeList list = document.getElementsByTagName("g");
		for (int i = 0; i < list.getLength(); i++) {
			Element group = (Element) list.item(i);
			groups.put(group.getAttribute("id"), group);
		}
		return groups;
	}

	/** The first rectangle of a node's group is its box. */
	static Element box(Element group) {
		return firstChild(group, "rect");
	}

	static Element line(Element edgeGroup) {
		return firstChild(edgeGroup, "polyline");
	}

	static Element firstChild(Element parent, String tag) {
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && element.getTagName().equals(tag)) {
				return element;
			}
		}
		throw new AssertionError("no " + tag + " in " + parent.getAttribute("id"));
	}
}
