package org.salesengine.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.salesengine.ui.SalesEngineUi;

/** File > New > Sales Engine: a .sales file from one of the templates, opened in the editor. */
public class NewEngineWizard extends Wizard implements INewWizard {
	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage filePage;
	private TemplatePage templatePage;
	private IFile created;
	private String initialContents;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Sales Engine");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		filePage = new WizardNewFileCreationPage("file", selection) {
			@Override
			protected java.io.InputStream getInitialContents() {
				return initialContents == null ? null : new ByteArrayInputStream(initialContents.getBytes(StandardCharsets.UTF_8));
			}
		};
		filePage.setTitle("New Sales Engine");
		filePage.setDescription("Choose a folder and a file name; the engine's name is taken from the file name.");
		filePage.setFileExtension("sales");
		filePage.setFileName("engine.sales");
		addPage(filePage);
		templatePage = new TemplatePage();
		addPage(templatePage);
	}

	@Override
	public boolean performFinish() {
		EngineTemplate template = templatePage.selected();
		String engineName = EngineTemplate.engineNameFor(filePage.getFileName());
		try {
			String text = template.render(engineName, template.label() + " engine");
			initialContents = text;
		} catch (IOException e) {
			templatePage.setErrorMessage(e.getMessage());
			return false;
		}
		created = filePage.createNewFile();
		if (created == null) {
			return false;
		}
		try {
			created.setCharset("UTF-8", null);
			if (workbench.getActiveWorkbenchWindow() != null) {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created, SalesEngineUi.EDITOR_ID);
			}
		} catch (PartInitException e) {
			SalesEngineUi.log("cannot open " + created, e);
		} catch (CoreException e) {
			SalesEngineUi.log("cannot set the encoding of " + created, e);
		}
		return true;
	}

	/** The file the wizard created (after finish). */
	public IFile created() {
		return created;
	}

	/** For tests and scripted use: picks the template by id. */
	public void select(String templateId) {
		templatePage.select(templateId);
	}

	static final class TemplatePage extends WizardPage {
		private ListViewer list;
		private Label description;
		private EngineTemplate selected = EngineTemplate.ALL.get(0);

		TemplatePage() {
			super("template");
			setTitle("Template");
			setDescription("Start from a realistic engine that passes every check; then change it to fit.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(1, false));
			list = new ListViewer(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
			list.getList().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			list.setContentProvider(ArrayContentProvider.getInstance());
			list.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ((EngineTemplate) element).label();
				}
			});
			list.setInput(EngineTemplate.ALL);
			description = new Label(body, SWT.WRAP);
			GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
			layout.widthHint = 420;
			layout.heightHint = 60;
			description.setLayoutData(layout);
			list.addSelectionChangedListener(event -> {
				Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
				if (first instanceof EngineTemplate template) {
					selected = template;
					description.setText(template.description());
				}
			});
			list.setSelection(new StructuredSelection(selected));
			setControl(body);
		}

		EngineTemplate selected() {
			return selected;
		}

		void select(String id) {
			EngineTemplate.ALL.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(t -> {
				selected = t;
				if (list != null) {
					list.setSelection(new StructuredSelection(t));
				}
			});
		}
	}
}
