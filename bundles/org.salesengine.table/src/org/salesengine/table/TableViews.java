package org.salesengine.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.salesengine.diagram.view.ViewFilter;
import org.salesengine.diagram.view.ViewHeading;
import org.salesengine.diagram.view.ViewSettings;
import org.salesengine.dsl.load.Finding;
import org.salesengine.model.Engine;
import org.salesengine.model.Expression;
import org.salesengine.model.Measure;
import org.salesengine.model.NamedElement;
import org.salesengine.model.engine.ElementIds;
import org.salesengine.model.engine.WholeEngine;
import org.salesengine.table.model.Table;
import org.salesengine.table.model.TableCell;
import org.salesengine.table.model.TableColumn;
import org.salesengine.table.model.TableKind;
import org.salesengine.table.model.TableRow;

/**
 * A table through a view, as a diagram is: a row whose element the view leaves out is dropped, and so is a column
 * that stands for elements the view leaves out (a KPI column of the alignment table). Property columns stay. The
 * subtitle says what the view keeps and how many rows and columns it left out.
 */
public final class TableViews {
	private TableViews() {
	}

	public static Table build(TableKind kind, WholeEngine engine, List<Finding> findings, ViewSettings view) {
		Table whole = Tables.build(kind, engine, findings);
		return view.showsAll() ? withHeading(whole, ViewFilter.of(view, engine)) : apply(whole, ViewFilter.of(view, engine), elementsById(engine));
	}

	private static Table apply(Table whole, ViewFilter filter, Map<String, EObject> elements) {
		List<Integer> keptColumns = new ArrayList<>();
		List<TableColumn> columns = new ArrayList<>();
		for (int i = 0; i < whole.columns().size(); i++) {
			TableColumn column = whole.columns().get(i);
			if (!column.standsForElement() || column.elements().stream().anyMatch(id -> shown(id, filter, elements))) {
				keptColumns.add(i);
				columns.add(column);
			}
		}
		List<TableRow> rows = new ArrayList<>();
		for (TableRow row : whole.rows()) {
			if (shown(row.id(), filter, elements)) {
				List<TableCell> cells = keptColumns.stream().map(row.cells()::get).toList();
				rows.add(new TableRow(row.id(), row.label(), row.detail(), row.pillar(), row.mark(), cells));
			}
		}
		Table cut = new Table(whole.kind(), whole.engineName(), whole.engineTitle(), columns, rows);
		return withHeading(cut, filter);
	}

	private static Table withHeading(Table table, ViewFilter filter) {
		List<String> lines = ViewHeading.lines(filter);
		return lines.isEmpty() ? table
				: new Table(table.kind(), table.engineName(), table.engineTitle(), table.columns(), table.rows(), lines);
	}

	/** An element the table names by an id nothing resolves (a broken reference) is kept: the view cannot judge it. */
	private static boolean shown(String id, ViewFilter filter, Map<String, EObject> elements) {
		EObject element = elements.get(id);
		return element == null || filter.leftOut(element) == null;
	}

	private static Map<String, EObject> elementsById(WholeEngine engine) {
		Map<String, EObject> result = new HashMap<>();
		for (Engine fragment : engine.fragments()) {
			for (TreeIterator<EObject> it = fragment.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof Expression) {
					it.prune();
				} else if (element instanceof NamedElement || element instanceof Measure) {
					result.putIfAbsent(ElementIds.of(element), element);
				}
			}
		}
		return result;
	}
}
