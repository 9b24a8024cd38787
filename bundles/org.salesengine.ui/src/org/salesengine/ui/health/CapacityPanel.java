package org.salesengine.ui.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.salesengine.analysis.capacity.Capacity;
import org.salesengine.analysis.capacity.QuarterCapacity;
import org.salesengine.model.engine.Amounts;
import org.salesengine.model.engine.CapacityWaterfall;

/**
 * The capacity part of Engine Health: the waterfall from nominal to effective street quota (nominal → hires' start
 * dates → ramp → attrition → overlap → effective) and each quarter's target against its effective capacity. It only
 * shows the analysis's figures; it computes none.
 */
public final class CapacityPanel {
	private final Composite panel;
	private final Label title;
	private final Table waterfall;
	private final Table quarters;

	public CapacityPanel(Composite parent) {
		panel = new Composite(parent, SWT.NONE);
		panel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		panel.setLayout(new GridLayout(2, false));
		title = new Label(panel, SWT.WRAP);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		waterfall = table(panel, "Capacity", 240, "Street quota", 120);
		quarters = table(panel, "Quarter", 80, "Share", 70, "Target", 90, "Effective capacity", 150, "Coverage", 90);
	}

	public void show(Capacity capacity) {
		waterfall.removeAll();
		quarters.removeAll();
		CapacityWaterfall steps = capacity.waterfall();
		if (steps == null || capacity.roles().isEmpty()) {
			title.setText("Capacity: no street quota over a readable period.");
		} else {
			title.setText("Capacity: nominal street quota " + Amounts.brief(steps.nominal()) + ", effective "
					+ Amounts.brief(steps.effective())
					+ (capacity.revenueTarget() == null ? "" : " (" + Amounts.percent(steps.effective() / capacity.revenueTarget())
							+ " of the revenue target)"));
			row(waterfall, "nominal", Amounts.brief(steps.nominal()));
			for (Map.Entry<String, Double> step : steps.steps().entrySet()) {
				row(waterfall, "− " + step.getKey(), Amounts.brief(step.getValue()));
			}
			row(waterfall, "= effective", Amounts.brief(steps.effective()));
		}
		for (QuarterCapacity quarter : capacity.quarters()) {
			row(quarters, "Q" + quarter.quarter(), Amounts.percent(quarter.share()),
					quarter.target() == null ? "-" : Amounts.brief(quarter.target()), Amounts.brief(quarter.effective()),
					quarter.coverage() == null ? "-" : Amounts.percent(quarter.coverage()));
		}
		fitRows(waterfall);
		fitRows(quarters);
	}

	/** Tall enough for every row, measured once the rows are there (an empty table reports a smaller row height). */
	private static void fitRows(Table table) {
		((GridData) table.getLayoutData()).heightHint = Math.max(1, table.getItemCount()) * table.getItemHeight()
				+ table.getHeaderHeight() + 2 * table.getBorderWidth();
	}

	/** The rows as shown, cell by cell: for tests and screenshots. */
	public List<List<String>> waterfallRows() {
		return rows(waterfall);
	}

	public List<List<String>> quarterRows() {
		return rows(quarters);
	}

	private static List<List<String>> rows(Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		return table;
	}

	private static void row(Table table, String... cells) {
		new TableItem(table, SWT.NONE).setText(cells);
	}
}
