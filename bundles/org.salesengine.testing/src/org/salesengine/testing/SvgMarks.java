package org.salesengine.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A scenario's marks read back from a diagram's SVG: per element whose group carries the class {@code changed}, its
 * change lines ("Δ headcount 12 → 14"), a line wrapped over several text elements joined again; the lines under the
 * header under the key {@link #HEADER}.
 */
public final class SvgMarks {
	public static final String HEADER = "(header)";

	private SvgMarks() {
	}

	public static Map<String, List<String>> of(String svg) {
		Map<String, List<String>> marks = new LinkedHashMap<>();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			NodeList groups = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
					.getElementsByTagName("g");
			for (int i = 0; i < groups.getLength(); i++) {
				Element group = (Element) groups.item(i);
				List<String> classes = List.of(group.getAttribute("class").split(" "));
				if (group.getAttribute("id").equals("diagram-header")) {
					List<String> lines = changeLines(group);
					if (!lines.isEmpty()) {
						marks.put(HEADER, lines);
					}
				} else if (classes.contains("changed")) {
					marks.computeIfAbsent(group.getAttribute("data-element"), id -> new ArrayList<>()).addAll(changeLines(group));
				}
			}
		} catch (Exception e) {
			throw new AssertionError("the SVG does not parse: " + e.getMessage(), e);
		}
		return marks;
	}

	/** The group's own text elements from the first "Δ" on, in the colour of that line; a line not starting with Δ continues the one before. */
	private static List<String> changeLines(Element group) {
		List<String> lines = new ArrayList<>();
		String fill = null;
		for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element text) || !text.getTagName().equals("text")) {
				continue;
			}
			String content = text.getTextContent();
			if (content.startsWith("Δ ")) {
				fill = text.getAttribute("fill");
				lines.add(content);
			} else if (fill != null && fill.equals(text.getAttribute("fill"))) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + content);
			}
		}
		return lines;
	}
}
