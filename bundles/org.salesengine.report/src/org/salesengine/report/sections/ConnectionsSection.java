package org.salesengine.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.salesengine.diagram.Diagrams;
import org.salesengine.diagram.build.StageVolumes;
import org.salesengine.diagram.model.Diagram;
import org.salesengine.diagram.model.DiagramKind;
import org.salesengine.diagram.paint.SvgWriter;
import org.salesengine.report.ReportInput;
import org.salesengine.report.html.Html;
import org.salesengine.report.html.HtmlTable;
import org.salesengine.report.html.HtmlTable.Cell;
import org.salesengine.table.Tables;
import org.salesengine.table.model.FindingMark;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/** Chapter 2: the engine map (ELK-laid out, as {@code salesengine render} draws it) and the alignment cross table. */
public final class ConnectionsSection {
	/** A relationship that holds, in a cross table's cell. */
	static final String LINKED = "●";

	private ConnectionsSection() {
	}

	public static void write(Html out, ReportInput input) {
		out.paragraph("The engine map shows every element in its pillar and the links between them: which KPIs support "
				+ "which objectives, which roles own which stages, which rituals review which KPIs and which plans pay on "
				+ "them. Elements with findings carry a red (error) or amber (warning) badge.");
		Diagram map = Diagrams.buildPinned(DiagramKind.ENGINE, input.engine(), input.findings(), StageVolumes.NONE);
		Figures.write(out, SvgWriter.write(map), "engine map of " + input.title(), "The engine map: the four pillars and how they connect.");

		out.heading(3, "alignment", "Alignment: objectives × KPIs");
		Table alignment = Tables.build(TableKind.ALIGNMENT, input.engine(), input.findings());
		out.paragraph(Names.sentence(TableKind.ALIGNMENT.description()) + ". A shaded cell has a finding about what it names.");
		writeCrossTable(out, alignment);
	}

	/** A table of the table bundle as HTML: linked cells as dots, cells and rows with findings shaded. */
	static void writeCrossTable(Html out, Table table) {
		List<String> headings = new ArrayList<>();
		headings.add(table.kind().rowHeading());
		table.columns().stream().map(TableColumn::label).forEach(headings::add);
		HtmlTable html = new HtmlTable(null, headings).cssClass("data cross");
		if (table.rows().isEmpty()) {
			out.element("p", "muted", "The engine has no " + table.kind().rowHeading() + " to show here.");
			return;
		}
		for (TableRow row : table.rows()) {
			List<Cell> cells = new ArrayList<>();
			String label = row.detail().isEmpty() ? row.label() : row.label() + " (" + row.detail() + ")";
			cells.add(new Cell(label, markClass(row.mark())));
			for (TableCell cell : row.cells()) {
				String text = cell.kind() == TableCell.Kind.LINK ? (cell.linked() ? LINKED : "") : cell.text();
				cells.add(new Cell(text, markClass(cell.mark())));
			}
			html.cells(cells);
		}
		html.write(out);
	}

	private static String markClass(FindingMark mark) {
		return mark == null ? null : "mark-" + mark.level().label();
	}
}
