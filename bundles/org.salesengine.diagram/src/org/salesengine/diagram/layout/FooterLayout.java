package org.salesengine.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.model.Bounds;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.LegendEntry;
import org.salesengine.diagram.model.Note;
import org.salesengine.diagram.model.TextStyle;

/**
 * Places what comes under the graph: the legend as rows of samples, then the numbered findings, each wrapped to the
 * diagram's width. Plain reading order, not a graph layout: nothing here connects to anything.
 */
final class FooterLayout {
	static final double SECTION_GAP = 24;
	static final double NODE_SAMPLE_WIDTH = 28;
	static final double LINK_SAMPLE_WIDTH = 40;
	static final double SAMPLE_HEIGHT = 16;
	static final double SAMPLE_GAP = 6;
	static final double ENTRY_GAP = 22;
	static final double ROW_GAP = 6;
	static final double NOTE_GAP = 4;

	private final TextMetrics metrics;

	/** Results, accumulated as sections are placed. */
	final List<LegendEntry> legend = new ArrayList<>();
	final List<Note> notes = new ArrayList<>();
	final List<DiagramLabel> captions = new ArrayList<>();
	double right;
	double bottom;

	FooterLayout(TextMetrics metrics) {
		this.metrics = metrics;
	}

	void place(List<LegendEntry> entries, List<Note> unplacedNotes, double x, double top, double width) {
		bottom = top;
		right = x;
		if (!entries.isEmpty()) {
			placeLegend(entries, x, caption("Legend", x, bottom + SECTION_GAP), width);
		}
		if (!unplacedNotes.isEmpty()) {
			placeNotes(unplacedNotes, x, caption("Findings", x, bottom + SECTION_GAP), width);
		}
	}

	private double caption(String text, double x, double y) {
		double height = metrics.lineHeight(TextStyle.LEGEND_TITLE);
		Bounds where = new Bounds(x, y, metrics.width(text, TextStyle.LEGEND_TITLE), height);
		captions.add(DiagramLabel.of(text, TextStyle.LEGEND_TITLE).at(where, y + metrics.ascent(TextStyle.LEGEND_TITLE)));
		extend(where);
		return where.bottom() + ROW_GAP;
	}

	private void placeLegend(List<LegendEntry> entries, double left, double top, double width) {
		double lineHeight = metrics.lineHeight(TextStyle.LEGEND);
		double rowHeight = Math.max(SAMPLE_HEIGHT, lineHeight);
		double x = left;
		double y = top;
		for (LegendEntry entry : entries) {
			double sampleWidth = switch (entry.sample()) {
				case LINK, MISSING_LINK -> LINK_SAMPLE_WIDTH;
				case BADGE -> SAMPLE_HEIGHT;
				default -> NODE_SAMPLE_WIDTH;
			};
			double textWidth = metrics.width(entry.label().text(), TextStyle.LEGEND);
			double entryWidth = sampleWidth + SAMPLE_GAP + textWidth;
			if (x > left && x + entryWidth > left + width) {
				x = left;
				y += rowHeight + ROW_GAP;
			}
			Bounds sample = new Bounds(x, y + (rowHeight - SAMPLE_HEIGHT) / 2, sampleWidth, SAMPLE_HEIGHT);
			double textTop = y + (rowHeight - lineHeight) / 2;
			Bounds text = new Bounds(x + sampleWidth + SAMPLE_GAP, textTop, textWidth, lineHeight);
			legend.add(entry.at(sample, entry.label().at(text, textTop + metrics.ascent(TextStyle.LEGEND))));
			extend(sample);
			extend(text);
			x += entryWidth + ENTRY_GAP;
		}
	}

	private void placeNotes(List<Note> unplaced, double left, double top, double width) {
		double lineHeight = metrics.lineHeight(TextStyle.LEGEND);
		double textLeft = left + NodeContents.BADGE_SIZE + SAMPLE_GAP;
		double y = top;
		for (Note note : unplaced) {
			Bounds badge = new Bounds(left, y + (lineHeight - NodeContents.BADGE_SIZE) / 2, NodeContents.BADGE_SIZE, NodeContents.BADGE_SIZE);
			List<DiagramLabel> lines = new ArrayList<>();
			for (DiagramLabel paragraph : note.lines()) {
				for (String line : metrics.wrap(paragraph.text(), TextStyle.LEGEND, width - (textLeft - left))) {
					Bounds where = new Bounds(textLeft, y, metrics.width(line, TextStyle.LEGEND), lineHeight);
					lines.add(DiagramLabel.of(line, TextStyle.LEGEND).at(where, y + metrics.ascent(TextStyle.LEGEND)));
					extend(where);
					y += lineHeight;
				}
			}
			notes.add(new Note(note.elementId(), note.decoration().at(badge), lines));
			extend(badge);
			y += NOTE_GAP;
		}
	}

	private void extend(Bounds placed) {
		right = Math.max(right, placed.right());
		bottom = Math.max(bottom, placed.bottom());
	}
}
