package org.salesengine.ui.report;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where an export goes: asked with the platform's file dialogs, or, for tests and automation, answered without one
 * ({@link ExportHandler#useTargets}). Null means the user cancelled.
 */
public interface ExportTargets {
	/** The HTML file to write the report to. */
	Path reportFile(Shell shell, Path folder, String suggestedName);

	/** The folder to write the plan documents into. */
	Path planFolder(Shell shell, Path folder);

	/** The platform's dialogs. */
	ExportTargets DIALOGS = new ExportTargets() {
		@Override
		public Path reportFile(Shell shell, Path folder, String suggestedName) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Export Report");
			dialog.setFilterPath(folder.toString());
			dialog.setFileName(suggestedName);
			dialog.setFilterExtensions(new String[] { "*.html", "*.*" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}

		@Override
		public Path planFolder(Shell shell, Path folder) {
			DirectoryDialog dialog = new DirectoryDialog(shell, SWT.SAVE);
			dialog.setText("Export Plan Documents");
			dialog.setMessage("The folder to write one page per plan into");
			dialog.setFilterPath(folder.toString());
			String chosen = dialog.open();
			return chosen == null ? null : Path.of(chosen);
		}
	};
}
