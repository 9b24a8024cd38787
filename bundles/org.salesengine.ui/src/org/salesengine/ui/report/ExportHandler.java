package org.salesengine.ui.report;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.salesengine.ui.SalesEngineUi;

/**
 * What the two export commands share: find the engine file (the active engine editor's, or a .sales file selected in
 * a view), ask where to write, and write in a job that shows its progress. The editor's unsaved changes are saved
 * first, since the export reads the files as saved.
 */
public abstract class ExportHandler extends AbstractHandler {
	/** The family of the export jobs, for {@code Job.getJobManager().join(FAMILY, ...)}. */
	public static final Object FAMILY = ExportHandler.class;

	private static volatile ExportTargets targets = ExportTargets.DIALOGS;

	/** Replaces the file dialogs (tests, automation); null restores them. */
	public static void useTargets(ExportTargets replacement) {
		targets = replacement == null ? ExportTargets.DIALOGS : replacement;
	}

	static ExportTargets targets() {
		return targets;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		IFile file = null;
		if (HandlerUtil.getActivePart(event) == editor && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
			file = input.getFile();
			if (editor.isDirty()) {
				editor.doSave(null);
			}
		} else if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof IFile selected && "sales".equals(selected.getFileExtension())) {
			file = selected;
		} else if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
			file = input.getFile();
		}
		if (file == null || file.getLocation() == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Path folder = file.getLocation().toFile().toPath().getParent();
		Job job = job(shell, file, folder);
		if (job != null) {
			job.setUser(true);
			job.schedule();
		}
		return null;
	}

	/** The export job, or null when the user cancelled the dialog. */
	abstract Job job(Shell shell, IFile file, Path folder);

	/** A job of the export family whose work reports to the progress monitor. */
	static Job exportJob(String name, Work work) {
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					return Status.info(work.run(monitor));
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (ReportExport.ExportProblem e) {
					return Status.error(name + ": " + e.getMessage());
				} catch (java.io.IOException | RuntimeException e) {
					return new Status(IStatus.ERROR, SalesEngineUi.PLUGIN_ID, name + " failed: " + e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
	}

	/** The export itself; returns what was written, in one sentence. */
	interface Work {
		String run(IProgressMonitor monitor) throws ReportExport.ExportProblem, java.io.IOException;
	}
}
