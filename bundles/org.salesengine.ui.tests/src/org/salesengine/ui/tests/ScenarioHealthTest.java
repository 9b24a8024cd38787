package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesengine.diagram.model.DiagramLabel;
import org.salesengine.diagram.model.DiagramNode;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.diagram.DiagramView;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.health.HealthView;

/**
 * Scenarios in the workbench. The Engine Health view: the chooser lists the open engine's scenarios, the Compare tab
 * shows the compare table, and choosing a scenario shows that scenario's health. The Diagram view: its Scenario menu
 * draws a scenario with the elements it changes marked.
 */
class ScenarioHealthTest {
	private static final String SCENARIOS = """
			engine AcmeEmea {
			  scenarios {
			    scenario MoreSdrs "Four more SDRs" { set SDR.headcount 14 }
			  }
			}
			""";

	private IProject project;
	private HealthView view;
	private DiagramView diagramView;

	@AfterEach
	void close() throws Exception {
		if (view != null) {
			Ui.page().hideView(view);
		}
		if (diagramView != null) {
			Ui.page().hideView(diagramView);
		}
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void chooserCompareTabAndTheChosenScenariosHealth() throws Exception {
		SalesEngineEditor editor = openAcmeWithScenarios("ScenarioHealthTest");
		view = (HealthView) Ui.page().showView(HealthView.ID);
		Ui.page().activate(editor);
		Ui.waitFor("the scenarios", () -> view.scenarioPanel().scenarioNames().equals(List.of("base", "MoreSdrs")));
		List<List<String>> rows = view.scenarioPanel().compareRows();
		assertEquals(List.of("Figure", "base", "MoreSdrs", "Δ"), rows.get(0));
		// As in CompareCommandTest: 2.93M of OTE at target, 280k more with four more SDRs at 70k; 18.3% and 20.1% of 16M.
		assertEquals(List.of("pay at target (OTE)", "2.93M", "3.21M", "+280k"), row(rows, "pay at target (OTE)"));
		assertEquals(List.of("cost of sales", "18.3%", "20.1%", "+1.8 pts"), row(rows, "cost of sales"));
		assertEquals(List.of("warnings", "0", "1", "+1"), row(rows, "warnings"));

		view.scenarioPanel().choose("MoreSdrs");
		// The analysis is made off the UI thread and shown after: wait for both.
		Ui.waitFor("the scenario's health", () -> view.result() != null && view.result().pay().totalOnTargetEarnings() == 3_210_000
				&& view.headline().startsWith("Strengthen"));
		assertEquals("Strengthen metrics & compensation first: it scores 91/100, with 0 errors and 1 warning.", view.headline());
		Ui.screenshot(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots/health-scenarios.png"));
	}

	@Test
	void choosingAScenarioMarksTheElementsItChanges() throws Exception {
		SalesEngineEditor editor = openAcmeWithScenarios("ScenarioDiagramTest");
		diagramView = Ui.showDiagramView(editor);
		assertEquals(List.of("base", "MoreSdrs"), diagramView.scenarioNames());
		assertEquals(Set.of(), changed(), "the engine as written marks nothing");

		diagramView.showScenario("MoreSdrs");
		Ui.waitFor("the scenario's map", () -> diagramView.diagram() != null && !diagramView.isLayingOut() && !changed().isEmpty());
		// MoreSdrs changes SDR alone: its box is marked, shows the scenario's headcount and what it was.
		assertEquals(Set.of("AcmeEmea.SDR"), changed());
		DiagramNode sdr = diagramView.diagram().allNodes().stream().filter(n -> n.elementId().equals("AcmeEmea.SDR")).findFirst().orElseThrow();
		List<String> text = sdr.labels().stream().map(DiagramLabel::text).toList();
		assertTrue(text.contains("role · headcount 14"), text.toString());
		assertTrue(text.contains("Δ headcount 10 → 14"), text.toString());
		assertTrue(diagramView.diagram().header().get(1).text().endsWith(" · scenario MoreSdrs"), diagramView.diagram().header().get(1).text());
		assertTrue(diagramView.diagram().legend().stream().anyMatch(e -> e.label().text().startsWith("Scenario MoreSdrs: 1 element changed")));
		Ui.screenshotOfView(diagramView, diagramView::fit,
				org.salesengine.testing.TestFiles.root().resolve("bundles/org.salesengine.ui.tests/target/screenshots/diagram-scenario.png"));

		// The roles table of the scenario: its headcount, the cell marked.
		diagramView.showRepresentation("roles");
		Ui.waitFor("the scenario's roles table", () -> diagramView.table() != null && !diagramView.isLayingOut()
				&& !diagramView.changedTableCells().isEmpty());
		assertEquals(List.of("SDR · headcount"), diagramView.changedTableCells());
		assertEquals("roles and their settings · scenario MoreSdrs", diagramView.table().subtitle());
		org.eclipse.swt.widgets.TableItem sdrRow = java.util.Arrays.stream(diagramView.tableWidget().getItems())
				.filter(item -> item.getText(0).equals("SDR")).findFirst().orElseThrow();
		assertEquals("14", sdrRow.getText(2));
		diagramView.showRepresentation("engine");
		Ui.waitFor("the scenario's map again", () -> diagramView.diagram() != null && diagramView.table() == null && !diagramView.isLayingOut()
				&& !changed().isEmpty());

		diagramView.showScenario("base");
		Ui.waitFor("the engine as written", () -> diagramView.diagram() != null && !diagramView.isLayingOut() && changed().isEmpty());
		assertTrue(diagramView.diagram().header().get(1).text().endsWith("2027-12-31"), diagramView.diagram().header().get(1).text());
	}

	/** acme and a file with its scenario MoreSdrs, in a fresh project; the editor on acme. */
	private SalesEngineEditor openAcmeWithScenarios(String projectName) throws Exception {
		project = Ui.project(projectName, "acme.sales", TestFiles.exampleText("acme.sales"), "scenarios.sales", SCENARIOS);
		return Ui.open(project.getFile("acme.sales"));
	}

	private Set<String> changed() {
		Set<String> ids = new TreeSet<>();
		diagramView.diagram().allNodes().stream().filter(n -> n.hasClass("changed")).forEach(n -> ids.add(n.elementId()));
		return ids;
	}

	private static List<String> row(List<List<String>> rows, String label) {
		return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " in " + rows));
	}
}
