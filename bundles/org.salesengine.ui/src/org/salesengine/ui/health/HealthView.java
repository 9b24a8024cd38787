package org.salesengine.ui.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.salesengine.analysis.AnalysisResult;
import org.salesengine.analysis.scenario.ScenarioComparison;
import org.salesengine.analysis.health.PillarHealth;
import org.salesengine.analysis.health.ScoredFinding;
import org.salesengine.analysis.pay.PayoutTable;
import org.salesengine.model.engine.Amounts;
import org.salesengine.ui.SalesEngineUi;
import org.salesengine.ui.diagram.EditorSelection;
import org.salesengine.ui.editor.ActiveEngineEditor;
import org.salesengine.ui.editor.EngineDocumentModel;
import org.salesengine.ui.editor.SalesEngineEditor;

/**
 * Engine Health: the analysis of the active engine. The biggest shift first (the answer to "which part of our sales
 * management, strengthened today, would shift results the most?"), then the pillar scores, every finding ranked by
 * what it costs its pillar (double-click to go to the element), and the payout table of each plan.
 */
public class HealthView extends ViewPart {
	public static final String ID = "org.salesengine.ui.health";

	private final Job analyser = Job.create("Analysing the engine", monitor -> {
		analyseNow();
		return Status.OK_STATUS;
	});

	private Label staleMark;
	private Label headline;
	private Label reasons;
	private Table pillars;
	private Table findings;
	private Table payouts;
	private CapacityPanel capacity;
	private ScenarioPanel scenarios;
	private Font bold;
	private ActiveEngineEditor tracker;
	private volatile SalesEngineEditor editor;
	private volatile AnalysisResult result;
	/** The editor model the analysis on show was made from: a stale analysis is only ever kept for the same one. */
	private volatile EngineDocumentModel analysedModel;

	@Override
	public void createPartControl(Composite parent) {
		analyser.setSystem(true);
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		staleMark = new Label(body, SWT.NONE);
		GridData staleLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
		staleLayout.exclude = true;
		staleMark.setLayoutData(staleLayout);
		staleMark.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		staleMark.setVisible(false);
		headline = new Label(body, SWT.WRAP);
		headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		FontData data = headline.getFont().getFontData()[0];
		bold = new Font(headline.getDisplay(), data.getName(), data.getHeight() + 1, SWT.BOLD);
		headline.setFont(bold);
		headline.setText("Open a .sales file to see the health of its engine.");
		reasons = new Label(body, SWT.WRAP);
		reasons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm tables = new SashForm(body, SWT.HORIZONTAL);
		tables.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		pillars = table(tables, "Pillar", 170, "Score", 60, "Errors", 60, "Warnings", 70);
		findings = table(tables, "Pillar", 150, "Weight", 60, "Finding", 520, "Element", 200);
		payouts = table(tables, "Plan / measure", 170, "50%", 70, "75%", 70, "100%", 70, "125%", 70, "150%", 70, "200%", 70);
		tables.setWeights(22, 48, 30);
		capacity = new CapacityPanel(body);
		scenarios = new ScenarioPanel(body, this::refresh);
		findings.addListener(SWT.DefaultSelection, event -> {
			if (event.item instanceof TableItem item && item.getData() instanceof String elementId && editor != null) {
				EditorSelection.reveal(editor, elementId);
			}
		});
		tracker = new ActiveEngineEditor(getSite().getPage(), new ActiveEngineEditor.Follower() {
			@Override
			public void editorChanged(SalesEngineEditor previous, SalesEngineEditor current) {
				editor = current;
				if (current != null) {
					refresh();
				}
			}

			@Override
			public void reparsed() {
				refresh();
			}
		});
		tracker.start();
	}

	@Override
	public void setFocus() {
		findings.setFocus();
	}

	@Override
	public void dispose() {
		tracker.dispose();
		bold.dispose();
		super.dispose();
	}

	/** The analysis on show, or null; for tests. */
	public AnalysisResult result() {
		return result;
	}

	public Table findingsTable() {
		return findings;
	}

	public ScenarioPanel scenarioPanel() {
		return scenarios;
	}

	public CapacityPanel capacityPanel() {
		return capacity;
	}

	public String headline() {
		return headline.getText();
	}

	private void refresh() {
		analyser.cancel();
		analyser.schedule(300);
	}

	private void analyseNow() {
		SalesEngineEditor source = editor;
		if (source == null || source.model() == null) {
			return;
		}
		// While the text does not parse, the last complete analysis stays on show, marked stale.
		EngineDocumentModel.SyntaxError broken = source.model().read(EngineDocumentModel.Snapshot::syntaxError);
		if (broken != null && result != null && analysedModel == source.model()) {
			showStale(broken);
			return;
		}
		AnalysisResult analysed;
		try {
			analysed = source.model().read(snapshot -> EngineHealth.analyse(snapshot, scenarios.chosen()));
			ScenarioComparison comparison = source.model().read(EngineHealth::compare);
			headline.getDisplay().asyncExec(() -> scenarios.show(comparison));
		} catch (RuntimeException e) {
			SalesEngineUi.log("cannot analyse the engine", e);
			return;
		}
		if (analysed == null) {
			return;
		}
		result = analysed;
		analysedModel = source.model();
		if (!headline.isDisposed()) {
			headline.getDisplay().asyncExec(() -> show(analysed));
		}
		showStale(broken);
	}

	/** "stale: syntax error at 7:20 (the last model that parsed)", or null while the analysis is of the text as typed. */
	public String staleMark() {
		return staleMark.isDisposed() || staleMark.getText().isEmpty() ? null : staleMark.getText();
	}

	private void showStale(EngineDocumentModel.SyntaxError broken) {
		if (staleMark.isDisposed()) {
			return;
		}
		staleMark.getDisplay().asyncExec(() -> {
			if (staleMark.isDisposed()) {
				return;
			}
			staleMark.setText(broken == null ? "" : "stale: syntax error at " + broken.position() + " (the last model that parsed)");
			((GridData) staleMark.getLayoutData()).exclude = broken == null;
			staleMark.setVisible(broken != null);
			staleMark.getParent().layout(true, true);
		});
	}

	private void show(AnalysisResult analysis) {
		if (headline.isDisposed()) {
			return;
		}
		headline.setText(analysis.health().biggestShift().headline());
		reasons.setText(String.join("\n", analysis.health().biggestShift().reasons().stream().map(r -> "• " + r).toList()));
		pillars.removeAll();
		findings.removeAll();
		for (PillarHealth pillar : analysis.health().pillars()) {
			row(pillars, null, pillar.pillar().label(), Integer.toString(pillar.score()), Integer.toString(pillar.errors()),
					Integer.toString(pillar.warnings()));
		}
		List<ScoredFinding> ranked = new ArrayList<>();
		analysis.health().pillars().forEach(p -> ranked.addAll(p.findings()));
		ranked.sort((a, b) -> Double.compare(b.penalty(), a.penalty()));
		for (ScoredFinding scored : ranked) {
			String pillar = analysis.health().pillars().stream().filter(p -> p.findings().contains(scored)).findFirst()
					.map(p -> p.pillar().label()).orElse("");
			row(findings, scored.finding().element(), pillar, String.format(Locale.ROOT, "%.1f", scored.penalty()),
					scored.finding().message() + " [" + scored.finding().code() + "]", scored.finding().element());
		}
		payouts.removeAll();
		for (PayoutTable table : analysis.payoutTables()) {
			for (int m = -1; m < table.measures().size(); m++) {
				List<String> cells = new ArrayList<>();
				cells.add(m < 0 ? shortName(table.plan()) : "  " + shortName(table.measures().get(m)));
				for (PayoutTable.Row row : table.rows()) {
					cells.add(Amounts.grouped(m < 0 ? row.total() : row.payouts().get(m), 0));
				}
				row(payouts, null, cells.toArray(String[]::new));
			}
		}
		capacity.show(analysis.capacity());
		headline.getParent().layout(true, true);
	}

	/** "AcmeEmea.AEPlan" is "AEPlan": the view shows one engine, so its name would only repeat. */
	private static String shortName(String id) {
		return id.substring(id.lastIndexOf('.') + 1);
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		return table;
	}

	private static void row(Table table, Object data, String... cells) {
		TableItem item = new TableItem(table, SWT.NONE);
		item.setText(cells);
		item.setData(data);
	}
}
