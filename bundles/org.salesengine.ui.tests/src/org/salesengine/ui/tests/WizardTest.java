package org.salesengine.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salesengine.ui.editor.SalesEngineEditor;
import org.salesengine.ui.wizard.NewEngineWizard;

/** File > New > Sales Engine creates a clean engine from each template and opens it. */
class WizardTest {
	private IProject project;

	@BeforeEach
	void createProject() throws Exception {
		project = Ui.project("WizardTest");
	}

	@AfterEach
	void close() throws Exception {
		Ui.closeAll();
		project.delete(true, true, null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "saas-land-and-expand", "enterprise-field-sales", "inside-sales-smb" })
	void theWizardCreatesACleanEngine(String template) throws Exception {
		NewEngineWizard wizard = new NewEngineWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Text fileName = findText(dialog.getShell(), "engine.sales");
			fileName.setText("my " + template + ".sales");
			wizard.select(template);
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile created = project.getFile("my " + template + ".sales");
		assertTrue(created.exists());
		assertEquals(created, wizard.created());
		List<IMarker> markers = Ui.markers(created);
		assertEquals(List.of(), markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
		Ui.waitFor("the new engine's editor", () -> Ui.page().getActiveEditor() instanceof SalesEngineEditor);
		SalesEngineEditor editor = (SalesEngineEditor) Ui.page().getActiveEditor();
		Ui.waitFor("the first parse", () -> editor.model().latest() != null);
		String expectedName = "My" + java.util.Arrays.stream(template.split("-"))
				.map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(java.util.stream.Collectors.joining());
		assertEquals(expectedName, editor.model().latest().engine().getName());
	}

	private static Text findText(org.eclipse.swt.widgets.Composite parent, String value) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof Text text && value.equals(text.getText())) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Text found = findText(composite, value);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
