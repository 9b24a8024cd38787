package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salesengine.testing.TestFiles;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.health.HealthView;

/**
 * The Engine Health view's scenarios: the chooser lists the open engine's scenarios, the Compare tab shows the
 * compare table, and choosing a scenario shows that scenario's health.
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

	@AfterEach
	void close() throws Exception {
		if (view != null) {
			Ui.page().hideView(view);
		}
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@Test
	void chooserCompareTabAndTheChosenScenariosHealth() throws Exception {
		project = Ui.project("ScenarioHealthTest", "acme.sales", TestFiles.exampleText("acme.sales"), "scenarios.sales", SCENARIOS);
		SalesEngineEditor editor = Ui.open(project.getFile("acme.sales"));
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

	private static List<String> row(List<List<String>> rows, String label) {
		return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError(label + " in " + rows));
	}
}
