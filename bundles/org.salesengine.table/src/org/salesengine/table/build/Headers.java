package org.salesengine.table.build;

import java.util.List;

import org.salesengine.diagram.build.Values;
import org.salesengine.diagram.model.EnginePillar;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableRow;

/** Rows and element columns for model elements: named by the element, marked with its findings. */
final class Headers {
	private Headers() {
	}

	static TableRow row(NamedElement element, EnginePillar pillar, FindingMarks marks, List<TableCell> cells) {
		String id = ElementIds.of(element);
		String displayName = element.getDisplayName() == null ? "" : element.getDisplayName();
		return new TableRow(id, Values.name(element), displayName, pillar, marks.about(id), cells);
	}

	static TableColumn column(NamedElement element, EnginePillar pillar, FindingMarks marks) {
		String id = ElementIds.of(element);
		return new TableColumn(id, Values.name(element), List.of(id), pillar, marks.about(id));
	}
}
