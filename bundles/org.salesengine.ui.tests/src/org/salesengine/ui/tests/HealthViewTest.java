package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesengine.analysis.health.HealthPillar;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.health.HealthView;

/** The Engine Health view answers "where is the biggest shift?" for the active engine, and jumps to findings. */
class HealthViewTest {
	private IProject project;
	private HealthView view;

	@AfterEach
	void close() throws Exception {
		if (view != null) {
			Ui.page().hideView(view);
		}
		Ui.closeAll();
		project.delete(true, true, null);
	}

	/** Opens an example in an editor with the Engine Health view beside it, once the view shows its analysis. */
	private SalesEngineEditor openWithHealth(String example) throws Exception {
		project = Ui.project("HealthViewTest", example, TestFiles.exampleText(example));
		SalesEngineEditor editor = Ui.open(project.getFile(example));
		view = (HealthView) Ui.page().showView(HealthView.ID);
		Ui.page().activate(editor);
		Ui.waitFor("the analysis", () -> view.result() != null && !view.headline().startsWith("Open"));
		return editor;
	}

	@Test
	void brokenNamesMetricsAndCompensationAndJumpsToAFinding() throws Exception {
		SalesEngineEditor editor = openWithHealth("broken.sales");
		assertEquals(HealthPillar.values().length, view.result().health().pillars().size());
		assertEquals("Strengthen metrics & compensation first: it scores 25/100, with 7 errors and 9 warnings.", view.headline());
		TableItem first = view.findingsTable().getItem(0);
		assertEquals("Metrics & compensation", first.getText(0));
		String element = (String) first.getData();
		Event event = new Event();
		event.item = first;
		view.findingsTable().notifyListeners(SWT.DefaultSelection, event);
		Ui.settle();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(element.substring(element.lastIndexOf('.') + 1), selection.getText());
	}

	@Test
	void acmeIsHealthyAndShowsThePayoutTable() throws Exception {
		SalesEngineEditor editor = openWithHealth("acme.sales");
		assertTrue(view.result().health().pillars().stream().allMatch(p -> p.score() == 100));
		assertTrue(view.headline().startsWith("All four pillars are clean"), view.headline());
		java.util.List<org.salesengine.analysis.health.ScoredFinding> scored = view.result().health().pillars().stream()
				.flatMap(p -> p.findings().stream()).toList();
		assertTrue(scored.stream().allMatch(s -> s.finding().severity() == org.eclipse.xtext.diagnostics.Severity.INFO),
				scored.toString());
		assertEquals(scored.size(), view.findingsTable().getItemCount());
		assertEquals(3, view.result().payoutTables().size());
	}

	/**
	 * Northwind's capacity as the panel shows it: the figures of `salesengine analyze examples/northwind.sales` (the
	 * analysis computes them; CapacityModelTest checks the model by hand), each step of the waterfall on its row.
	 */
	@Test
	void northwindShowsTheCapacityWaterfallAndTheQuarters() throws Exception {
		openWithHealth("northwind.sales");
		Ui.waitFor("the capacity", () -> !view.capacityPanel().waterfallRows().isEmpty());
		assertEquals(java.util.List.of(
				java.util.List.of("nominal", "50.95M"),
				java.util.List.of("− hires' start dates", "2.49M"),
				java.util.List.of("− ramp", "5.71M"),
				java.util.List.of("− attrition", "2.24M"),
				java.util.List.of("− overlap of ramp and attrition", "173.3k"),
				java.util.List.of("= effective", "40.33M")), view.capacityPanel().waterfallRows());
		assertEquals(java.util.List.of(
				java.util.List.of("Q1", "19%", "7.6M", "9.77M", "128.5%"),
				java.util.List.of("Q2", "24.5%", "9.8M", "9.77M", "99.6%"),
				java.util.List.of("Q3", "28%", "11.2M", "10.1M", "90.2%"),
				java.util.List.of("Q4", "28.5%", "11.4M", "10.7M", "93.9%")), view.capacityPanel().quarterRows());
		// A picture to look at: the view maximized in a large window.
		org.eclipse.swt.widgets.Shell shell = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		org.eclipse.ui.IWorkbenchPartReference part = Ui.page().getReference(view);
		Ui.page().setPartState(part, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Ui.settle();
		Ui.screenshot(shell, TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots/health-capacity.png"));
		Ui.page().setPartState(part, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}
}
