package org.salesengine.ui.health;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.salesengine.analysis.scenario.ComparisonRow;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.scenario.ScenarioEngine;

/**
 * The Engine Health view's scenarios: a chooser (the view then shows the health of that scenario) and a Compare tab
 * with the table {@code salesengine compare} prints, one column per scenario with its delta to the base.
 */
public final class ScenarioPanel {
	private final Combo chooser;
	private final Table compare;
	/** Read by the analysis job, off the UI thread. */
	private volatile String chosen = ScenarioEngine.BASE;

	ScenarioPanel(Composite parent, Runnable chosenChanged) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		row.setLayout(new GridLayout(2, false));
		new Label(row, SWT.NONE).setText("Scenario:");
		chooser = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		chooser.setItems(ScenarioEngine.BASE);
		chooser.select(0);
		chooser.addListener(SWT.Selection, event -> {
			chosen = chooser.getText();
			chosenChanged.run();
		});
		TabFolder tabs = new TabFolder(parent, SWT.TOP);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false);
		layout.heightHint = 260;
		tabs.setLayoutData(layout);
		TabItem tab = new TabItem(tabs, SWT.NONE);
		tab.setText("Compare");
		compare = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		compare.setHeaderVisible(true);
		compare.setLinesVisible(true);
		tab.setControl(compare);
	}

	/** The scenario whose health is on show. */
	public String chosen() {
		return chosen;
	}

	/** Chooses a scenario as a click would; for tests. */
	public void choose(String name) {
		int index = chooser.indexOf(name);
		if (index >= 0) {
			chooser.select(index);
			chooser.notifyListeners(SWT.Selection, null);
		}
	}

	public List<String> scenarioNames() {
		return List.of(chooser.getItems());
	}

	/** The compare tab's cells, row by row, header first. */
	public List<List<String>> compareRows() {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		for (TableColumn column : compare.getColumns()) {
			header.add(column.getText());
		}
		rows.add(header);
		for (TableItem item : compare.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < compare.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	void show(ScenarioComparison comparison) {
		if (compare.isDisposed() || comparison == null) {
			return;
		}
		List<String> names = comparison.columns();
		if (!names.equals(scenarioNames())) {
			chooser.setItems(names.toArray(String[]::new));
			int index = names.indexOf(chosen);
			chooser.select(Math.max(0, index));
			chosen = chooser.getText();
		}
		compare.setRedraw(false);
		compare.removeAll();
		for (TableColumn column : compare.getColumns()) {
			column.dispose();
		}
		column("Figure", 220, SWT.LEFT);
		for (int c = 0; c < names.size(); c++) {
			column(names.get(c), 120, SWT.RIGHT);
			if (c > 0) {
				column("Δ", 80, SWT.RIGHT);
			}
		}
		for (ComparisonRow row : comparison.rows()) {
			if (row.key().equals("biggest-shift")) {
				continue;
			}
			List<String> cells = new ArrayList<>();
			cells.add(row.label().trim());
			for (int c = 0; c < names.size(); c++) {
				cells.add(row.cell(c));
				if (c > 0) {
					cells.add(row.delta(c));
				}
			}
			new TableItem(compare, SWT.NONE).setText(cells.toArray(String[]::new));
		}
		compare.setRedraw(true);
	}

	private void column(String text, int width, int style) {
		TableColumn column = new TableColumn(compare, style);
		column.setText(text);
		column.setWidth(width);
	}
}
