package org.salesengine.ui.diagram.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.edit.ElementKind;
import org.salesengine.edit.LinkType;

/**
 * A tool of the palette: select (the diagram's own clicks), create an element of a kind, connect two elements by one
 * link kind, or connect them by whichever link fits ({@link #LINK}: the palette offers the kinds that fit the two).
 */
public record PaletteTool(String id, String label, ElementKind kind, LinkType link) {
	public static final PaletteTool SELECT = new PaletteTool("select", "Select", null, null);
	public static final PaletteTool LINK = new PaletteTool("link", "Link…", null, null);

	/** Select and link, then a creation tool per element kind, then a connection tool per link kind. */
	public static List<PaletteTool> all() {
		List<PaletteTool> tools = new ArrayList<>(List.of(SELECT, LINK));
		for (ElementKind kind : ElementKind.values()) {
			tools.add(create(kind));
		}
		for (LinkType link : LinkType.values()) {
			tools.add(connect(link));
		}
		return tools;
	}

	public static PaletteTool create(ElementKind kind) {
		return new PaletteTool("create " + kind.word(), kindLabel(kind), kind, null);
	}

	public static PaletteTool connect(LinkType link) {
		return new PaletteTool("connect " + link.word(), link.word().replace('-', ' '), null, link);
	}

	public boolean creates() {
		return kind != null && kind != ElementKind.MEASURE;
	}

	/** A connection tool: two clicks, a source and a target. A measure is created as the link from a plan to a KPI. */
	public boolean connects() {
		return link != null || this == LINK || kind == ElementKind.MEASURE;
	}

	/** The link the tool draws, or null when the two clicked elements decide ({@link #LINK}). */
	LinkType drawnLink() {
		return kind == ElementKind.MEASURE ? LinkType.MEASURE : link;
	}

	/** The pillar whose colour the tool's icon takes. */
	EnginePillar pillar() {
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case OBJECTIVE, SEGMENT -> EnginePillar.STRATEGY;
			case ROLE, TEAM, PROCESS, STAGE, WON, LOST -> EnginePillar.STRUCTURE;
			case BEHAVIOR, RITUAL -> EnginePillar.CULTURE;
			case KPI, PLAN, MEASURE, SPIF -> EnginePillar.COMPENSATION;
		};
	}

	private static String kindLabel(ElementKind kind) {
		return switch (kind) {
			case KPI -> "KPI";
			case SPIF -> "SPIF";
			case WON -> "Won outcome";
			case LOST -> "Lost outcome";
			default -> kind.word().substring(0, 1).toUpperCase(Locale.ROOT) + kind.word().substring(1);
		};
	}
}
